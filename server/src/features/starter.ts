// Request `hds/starterDeclaration`: the complete starter declaration (engine/starter.ts), so the
// client writes it without bundling the catalog.
import { starterDeclaration } from '../engine';
import { StarterDeclarationRequest, type StarterDeclarationParams, type StarterDeclarationResult } from '../protocol';
import type { Feature } from './feature';

export const starterFeature: Feature = {
  capabilities: {},
  register(connection, context) {
    connection.onRequest(StarterDeclarationRequest, (params: StarterDeclarationParams | null | undefined): StarterDeclarationResult => {
      const requested = params?.locale;
      return starterDeclaration({ locale: requested === 'en' || requested === 'fr' ? requested : context.locale(), split: true });
    });
  },
};
