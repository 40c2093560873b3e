import { transfersOutsideEea } from '../facts/sovereignty';
import { defineRule, listed } from '../rule';
import { nodeAt } from '../yamlFile';

export default defineRule({
  code: 'transfer-page-missing',
  severity: 'error',
  requirement: 'EXI-31',
  docs: {
    en: 'Every declaration gives the public page on transfers (transfers.public_page): it maps the transfers outside the EEA, or states that there are none.',
    fr: 'Toute déclaration donne la page publique des transferts (transfers.public_page) : elle cartographie les transferts hors de l’EEE, ou indique qu’il n’y en a aucun.',
  },
  messages: {
    missing: {
      en: 'Data leaves the EEA ({countries}) but no public transfer page is given: add transfers.public_page, the page that maps these transfers (EXI-31).',
      fr: 'Des données sortent de l’EEE ({countries}) mais aucune page publique des transferts n’est indiquée : ajoutez transfers.public_page, la page qui cartographie ces transferts (EXI-31).',
    },
    noTransfer: {
      en: 'No public transfer page is given: EXI-31 requires one even without any transfer, stating that data neither is stored nor accessed outside the EEA. Add transfers.public_page.',
      fr: 'Aucune page publique des transferts n’est indiquée : l’EXI-31 en exige une même sans transfert, qui indique que les données ne sont ni stockées ni consultées hors de l’EEE. Ajoutez transfers.public_page.',
    },
  },
  check({ declaration, report }) {
    if (declaration.transfers?.publicPage) return;
    // The page is due in every declaration: pointed at the placeholder written for it, else at the
    // transfers section, else at the `hds:` line of the main file.
    const transfers = declaration.transfers?.at;
    const placeholder = transfers && nodeAt(transfers.file, [...transfers.path, 'public_page']) ? { file: transfers.file, path: [...transfers.path, 'public_page'] } : undefined;
    const at = placeholder ?? transfers ?? declaration.version?.at;
    if (!at) return;
    const part = placeholder ? 'value' : 'key';
    const countries = [...new Set(transfersOutsideEea(declaration).map((country) => country.value))];
    if (countries.length > 0) report({ messageId: 'missing', at, part, args: { countries: listed(countries) }, data: { countries } });
    else report({ messageId: 'noTransfer', at, part, data: { countries: [] } });
  },
});
