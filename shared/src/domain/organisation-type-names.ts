import type { Language } from './language.js';
import type { OrganisationType } from './organisations.js';

/** Each kind of organisation as people read it, in the console and on the public badge page alike. */
export const ORGANISATION_TYPE_NAMES: Readonly<Record<Language, Readonly<Record<OrganisationType, string>>>> = {
  sv: {
    police: 'Polis',
    municipality: 'Kommun',
    rescue_service: 'Räddningstjänst',
    security_company: 'Bevakningsföretag',
    night_walkers: 'Nattvandrare',
    property_owner: 'Fastighetsägare',
    business_association: 'Företagarförening',
    other: 'Övrigt',
  },
  en: {
    police: 'Police',
    municipality: 'Municipality',
    rescue_service: 'Rescue service',
    security_company: 'Security company',
    night_walkers: 'Night walkers',
    property_owner: 'Property owner',
    business_association: 'Business association',
    other: 'Other',
  },
};
