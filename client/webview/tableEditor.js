// The table editor's page: draws the rows the language server sent (hds/table, relayed by
// client/src/tableEditor.ts), sorts and filters them, and posts edits back; it never reads the YAML
// and holds no text of its own (labels come with the model). An ARIA grid: arrow keys move between
// cells, Enter edits, Escape cancels, Space / Shift / Ctrl select rows for the bulk bar.
// @ts-nocheck
(function () {
  'use strict';
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('root');
  /** @type {any} */
  let model;
  const state = { sort: undefined, filters: new Set(), selected: new Set(), anchor: undefined, focus: { key: undefined, column: 0 }, editing: undefined };
  let visible = [];

  const el = (tag, attributes, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === false) continue;
      if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : String(value));
    }
    for (const child of children) if (child !== undefined && child !== null) node.append(child);
    return node;
  };
  const label = (key, values) => (model.labels[key] || key).replace(/\{(\w+)\}/g, (_, name) => String(values?.[name] ?? ''));
  const rowOf = (key) => model.rows.find((row) => row.key === key);
  const editable = (column) => !model.readOnly && !!column.editor;

  // ---- Sorting and filtering ----------------------------------------------------------------
  const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  function computeVisible() {
    let rows = model.rows.filter((row) => state.filters.size === 0 || row.flags.some((flag) => state.filters.has(flag)));
    if (state.sort) {
      const index = model.columns.findIndex((column) => column.id === state.sort.column);
      const direction = state.sort.descending ? -1 : 1;
      rows = rows
        .map((row, order) => ({ row, order }))
        .sort((a, b) => {
          const x = a.row.cells[index];
          const y = b.row.cells[index];
          // Empty cells last, whatever the direction.
          if ((x === '' || x === '—') !== (y === '' || y === '—')) return x === '' || x === '—' ? 1 : -1;
          const compared = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
          return compared * direction || a.order - b.order;
        })
        .map((entry) => entry.row);
    }
    visible = rows;
  }

  // ---- Drawing ------------------------------------------------------------------------------
  function draw() {
    const scroller = document.querySelector('.scroller');
    const scrollTop = scroller ? scroller.scrollTop : 0;
    const scrollLeft = scroller ? scroller.scrollLeft : 0;
    const hadFocus = document.activeElement && document.activeElement.closest && document.activeElement.closest('[role="grid"]');
    computeVisible();
    for (const key of [...state.selected]) if (!rowOf(key)) state.selected.delete(key);
    if (!visible.some((row) => row.key === state.focus.key)) state.focus.key = visible[0]?.key;

    const progress = el('div', { class: 'progress' },
      el('span', { id: 'progress-label', text: model.progress.label }),
      el('div', { class: 'meter', role: 'progressbar', 'aria-labelledby': 'progress-label', 'aria-valuemin': 0, 'aria-valuemax': model.progress.total, 'aria-valuenow': model.progress.done },
        el('div', { class: 'meter-fill', style: `width:${model.progress.total ? (100 * model.progress.done) / model.progress.total : 0}%` })));

    const filters = el('div', { class: 'filters', role: 'group', 'aria-label': label('filters') },
      el('span', { class: 'filters-label', text: label('filters') }),
      ...model.filters.map((filter) =>
        el('label', { class: 'filter' },
          el('input', { type: 'checkbox', 'data-filter': filter.id, checked: state.filters.has(filter.id), onchange: (event) => {
            if (event.target.checked) state.filters.add(filter.id);
            else state.filters.delete(filter.id);
            draw();
          } }),
          ` ${filter.label} (${filter.count})`)),
      el('span', { class: 'count', text: label('rows', { shown: visible.length, total: model.rows.length }) }));

    const children = [el('h1', { text: model.title }), progress];
    if (model.readOnly) children.push(el('p', { class: 'read-only', role: 'note', text: model.readOnly }));
    const oldBar = document.querySelector('.bulk');
    children.push(filters, oldBar ? withValuesOf(oldBar, bulkBar()) : bulkBar(), el('p', { class: 'keys', text: label('keys') }), el('p', { class: 'message', role: 'status', 'aria-live': 'polite', id: 'message' }));

    const columns = model.columns;
    const head = el('tr', { role: 'row', 'aria-rowindex': 1 }, ...columns.map((column, index) => {
      const sorted = state.sort?.column === column.id;
      return el('th', { role: 'columnheader', 'aria-colindex': index + 1, 'aria-sort': sorted ? (state.sort.descending ? 'descending' : 'ascending') : 'none', 'data-column': column.id },
        el('button', { class: 'sort', type: 'button', tabindex: -1, title: sorted ? label(state.sort.descending ? 'sortDescending' : 'sortAscending') : undefined, onclick: () => sortBy(column.id) },
          column.header, sorted ? (state.sort.descending ? ' ▼' : ' ▲') : ''));
    }));
    const body = el('tbody', {}, ...visible.map((row, rowIndex) => {
      const selected = state.selected.has(row.key);
      return el('tr', { role: 'row', 'aria-rowindex': rowIndex + 2, 'aria-selected': selected ? 'true' : 'false', 'data-key': row.key, class: selected ? 'selected' : undefined },
        // One cell per column (a row never draws more cells than there are headings).
        ...columns.map((column, index) => {
          const cell = row.cells[index] ?? '';
          const focused = row.key === state.focus.key && index === state.focus.column;
          return el('td', { role: 'gridcell', 'aria-colindex': index + 1, tabindex: focused ? 0 : -1, 'data-column': column.id, 'aria-readonly': editable(column) ? undefined : 'true', class: [column.numeric ? 'number' : '', editable(column) ? 'editable' : '', focused ? 'focused' : ''].join(' ').trim() || undefined },
            String(cell));
        }));
    }));
    const grid = el('table', { role: 'grid', 'aria-multiselectable': 'true', 'aria-label': model.title, 'aria-rowcount': visible.length + 1, 'aria-colcount': columns.length, onkeydown: onGridKey, onmousedown: onGridMouse, ondblclick: onGridDoubleClick },
      el('thead', {}, head), body);
    const table = el('div', { class: 'scroller' }, grid);
    if (visible.length === 0) children.push(el('p', { class: 'empty', text: label('empty') }));
    children.push(table);
    root.replaceChildren(...children);
    const newScroller = document.querySelector('.scroller');
    newScroller.scrollTop = scrollTop;
    newScroller.scrollLeft = scrollLeft;
    if (hadFocus) focusCell(false);
    vscode.setState({ sort: state.sort, filters: [...state.filters], selected: [...state.selected], focus: state.focus });
  }

  function bulkBar() {
    const columns = model.columns.filter((column) => column.editor && column.id !== 'justification');
    const count = state.selected.size;
    const disabled = count === 0 || !!model.readOnly;
    const controls = columns.map((column) => {
      const id = `bulk-${column.id}`;
      let input;
      if (column.editor === 'boolean' || column.editor === 'choice') {
        input = el('select', { id, 'data-column': column.id, disabled },
          el('option', { value: '', text: label('unchanged') }),
          ...column.choices.map((choice, index) => el('option', { value: `c${index}`, text: choice.label })),
          column.clearable ? el('option', { value: 'remove', text: label('clear') }) : undefined);
      } else {
        input = el('input', { id, 'data-column': column.id, type: column.editor === 'date' ? 'date' : 'text', placeholder: label('unchanged'), disabled });
      }
      return el('span', { class: 'bulk-field' }, el('label', { for: id, text: column.header }), input);
    });
    return el('form', { class: 'bulk', role: 'group', 'aria-label': label('bulk'), onsubmit: (event) => {
      event.preventDefault();
      const set = {};
      for (const column of columns) {
        const input = document.getElementById(`bulk-${column.id}`);
        const value = valueOf(column, input.value);
        if (value !== undefined) set[column.id] = value;
      }
      if (Object.keys(set).length > 0) post([...state.selected], set);
    } },
      el('span', { class: 'selected-count', text: label('selected', { count }) }), ...controls,
      el('button', { type: 'submit', class: 'apply', disabled, text: label('apply') }));
  }

  /** The bulk bar `fresh`, with the values typed or chosen in `old` (a new selection or new rows keep them). */
  function withValuesOf(old, fresh) {
    for (const input of fresh.querySelectorAll('[data-column]')) {
      const before = old.querySelector(`[data-column="${CSS.escape(input.dataset.column)}"]`);
      if (before) input.value = before.value;
    }
    return fresh;
  }

  /** The value an editor's text stands for: a choice, null to remove, undefined for unchanged. */
  function valueOf(column, raw) {
    if (column.editor === 'boolean' || column.editor === 'choice') {
      if (raw === '') return undefined;
      if (raw === 'remove') return null;
      return column.choices[Number(raw.slice(1))]?.value;
    }
    return raw.trim() === '' ? undefined : raw.trim();
  }

  function post(keys, set) {
    const message = document.getElementById('message');
    if (message) message.textContent = '';
    vscode.postMessage({ type: 'edit', keys, set });
  }

  function sortBy(column) {
    state.sort = state.sort?.column === column ? (state.sort.descending ? undefined : { column, descending: true }) : { column, descending: false };
    draw();
  }

  // ---- Focus, selection, keyboard -----------------------------------------------------------
  function cellElement() {
    const row = document.querySelector(`tr[data-key="${CSS.escape(state.focus.key ?? '')}"]`);
    return row ? row.children[state.focus.column] : undefined;
  }

  function focusCell(scroll = true) {
    document.querySelectorAll('td[tabindex="0"]').forEach((cell) => {
      cell.setAttribute('tabindex', '-1');
      cell.classList.remove('focused');
    });
    const cell = cellElement();
    if (!cell) return;
    cell.setAttribute('tabindex', '0');
    cell.classList.add('focused');
    cell.focus({ preventScroll: !scroll });
    if (scroll) cell.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  function select(keys, { add = false } = {}) {
    if (!add) state.selected.clear();
    for (const key of keys) state.selected.add(key);
    document.querySelectorAll('tbody tr').forEach((row) => {
      const selected = state.selected.has(row.dataset.key);
      row.setAttribute('aria-selected', selected ? 'true' : 'false');
      row.classList.toggle('selected', selected);
    });
    const bar = document.querySelector('.bulk');
    if (bar) bar.replaceWith(withValuesOf(bar, bulkBar()));
    vscode.setState({ sort: state.sort, filters: [...state.filters], selected: [...state.selected], focus: state.focus });
  }

  const indexOfKey = (key) => visible.findIndex((row) => row.key === key);
  function range(fromKey, toKey) {
    const from = Math.max(0, indexOfKey(fromKey));
    const to = indexOfKey(toKey);
    const [low, high] = from <= to ? [from, to] : [to, from];
    return visible.slice(low, high + 1).map((row) => row.key);
  }

  function moveTo(rowIndex, column, { extend = false, keepSelection = false } = {}) {
    if (visible.length === 0) return;
    const index = Math.max(0, Math.min(visible.length - 1, rowIndex));
    state.focus = { key: visible[index].key, column: Math.max(0, Math.min(model.columns.length - 1, column)) };
    if (extend) select(range(state.anchor ?? state.focus.key, state.focus.key));
    else if (!keepSelection) {
      state.anchor = state.focus.key;
      select([state.focus.key]);
    }
    focusCell();
  }

  function onGridKey(event) {
    if (state.editing) return;
    const row = indexOfKey(state.focus.key);
    const column = state.focus.column;
    const ctrl = event.ctrlKey || event.metaKey;
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown': handled(); return moveTo(row + 1, column, { extend: event.shiftKey, keepSelection: ctrl });
      case 'ArrowUp': handled(); return moveTo(row - 1, column, { extend: event.shiftKey, keepSelection: ctrl });
      case 'PageDown': handled(); return moveTo(row + 10, column, { extend: event.shiftKey, keepSelection: ctrl });
      case 'PageUp': handled(); return moveTo(row - 10, column, { extend: event.shiftKey, keepSelection: ctrl });
      case 'ArrowRight': handled(); return moveTo(row, column + 1, { keepSelection: true });
      case 'ArrowLeft': handled(); return moveTo(row, column - 1, { keepSelection: true });
      case 'Home': handled(); return ctrl ? moveTo(0, column, { extend: event.shiftKey }) : moveTo(row, 0, { keepSelection: true });
      case 'End': handled(); return ctrl ? moveTo(visible.length - 1, column, { extend: event.shiftKey }) : moveTo(row, model.columns.length - 1, { keepSelection: true });
      case ' ':
        handled();
        if (state.selected.has(state.focus.key)) {
          state.selected.delete(state.focus.key);
          select([], { add: true });
        } else select([state.focus.key], { add: true });
        state.anchor = state.focus.key;
        return;
      case 'a':
      case 'A':
        if (!ctrl) return;
        handled();
        return select(visible.map((candidate) => candidate.key));
      case 'Enter':
      case 'F2':
        handled();
        return editOrReveal();
      case 'Escape':
        handled();
        return select(state.focus.key ? [state.focus.key] : []);
    }
  }

  function cellTarget(event) {
    const cell = event.target.closest && event.target.closest('td[role="gridcell"]');
    if (!cell) return undefined;
    return { key: cell.parentElement.dataset.key, column: Array.prototype.indexOf.call(cell.parentElement.children, cell) };
  }

  function onGridMouse(event) {
    if (state.editing && event.target.closest('.cell-editor')) return;
    const target = cellTarget(event);
    if (!target) return;
    if (state.editing) cancelEdit();
    state.focus = target;
    if (event.shiftKey) select(range(state.anchor ?? target.key, target.key));
    else if (event.ctrlKey || event.metaKey) {
      if (state.selected.has(target.key)) {
        state.selected.delete(target.key);
        select([], { add: true });
      } else select([target.key], { add: true });
      state.anchor = target.key;
    } else {
      state.anchor = target.key;
      select([target.key]);
    }
    event.preventDefault();
    focusCell();
  }

  function onGridDoubleClick(event) {
    const target = cellTarget(event);
    if (!target) return;
    state.focus = target;
    editOrReveal();
  }

  // ---- Editing one cell ---------------------------------------------------------------------
  function editOrReveal() {
    const column = model.columns[state.focus.column];
    const row = rowOf(state.focus.key);
    if (!row) return;
    if (!editable(column)) {
      if (row.location) vscode.postMessage({ type: 'reveal', location: row.location });
      return;
    }
    const cell = cellElement();
    const current = row.values[column.id];
    let input;
    if (column.editor === 'boolean' || column.editor === 'choice') {
      input = el('select', { class: 'cell-editor', 'aria-label': column.header },
        ...column.choices.map((choice, index) => el('option', { value: `c${index}`, text: choice.label, selected: choice.value === current })),
        column.clearable ? el('option', { value: 'remove', text: label('clear'), selected: current === undefined }) : undefined);
      if (current === undefined && !column.clearable) input.selectedIndex = -1;
    } else {
      input = el('input', { class: 'cell-editor', type: column.editor === 'date' ? 'date' : 'text', 'aria-label': column.header, value: current === undefined ? '' : String(current) });
    }
    state.editing = { key: row.key, column: column.id };
    cell.replaceChildren(input);
    input.addEventListener('keydown', (event) => {
      event.stopPropagation();
      if (event.key === 'Enter') {
        event.preventDefault();
        commitEdit(column, input);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        cancelEdit();
      }
    });
    input.addEventListener('blur', () => {
      if (state.editing) cancelEdit(false);
    });
    input.focus();
  }

  function commitEdit(column, input) {
    const key = state.editing.key;
    state.editing = undefined;
    let value;
    if (column.editor === 'boolean' || column.editor === 'choice') value = input.value === '' ? undefined : valueOf(column, input.value);
    else value = input.value.trim() === '' ? (column.clearable ? null : undefined) : input.value.trim();
    draw();
    focusCell();
    if (value !== undefined) post([key], { [column.id]: value });
  }

  function cancelEdit(refocus = true) {
    state.editing = undefined;
    draw();
    if (refocus) focusCell();
  }

  // ---- Messages from the extension ----------------------------------------------------------
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message.type === 'model') {
      model = message.model;
      if (state.editing) return; // drawn once the edit ends
      draw();
    } else if (message.type === 'message') {
      const target = document.getElementById('message');
      if (target) target.textContent = message.text;
      else root.replaceChildren(el('p', { text: message.text }));
    } else if (message.type === 'empty') {
      model = undefined;
      root.replaceChildren(el('p', { text: message.text }));
    }
  });

  const saved = vscode.getState();
  if (saved) {
    state.sort = saved.sort;
    state.filters = new Set(saved.filters || []);
    state.selected = new Set(saved.selected || []);
    state.focus = saved.focus || state.focus;
  }
  vscode.postMessage({ type: 'ready' });
})();
