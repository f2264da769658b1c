import type { suspensionEn } from './suspension-en';

/** Sidan som ett avstängt kontos begränsade session visar i stället för konsolen. */
export const suspensionSv: typeof suspensionEn = {
  menu: 'Din avstängning',
  title: 'Ditt konto är avstängt',
  until: 'Avstängningen gäller till %{date}.',
  until_lifted: 'Avstängningen gäller tills den hävs.',
  can_do:
    'Så länge den gäller kan du läsa beslutet och dina aviseringar, överklaga beslutet här, se, ladda ner eller radera dina uppgifter under Mina uppgifter och logga ut. Allt annat är stängt tills avstängningen upphör; logga då in igen.',
  decisions: 'Beslut om dig',
  decisions_intro: 'Varje beslut med regeln, fakta som det bygger på och skälen. En annan moderator än den som beslutade prövar ditt överklagande.',
  no_decision: 'Inget motiverat beslut har kommit till dina aviseringar.',
};
