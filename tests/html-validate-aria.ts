/**
 * Two html-validate rules for the ARIA checks that the W3C Nu checker makes and html-validate does not: that every
 * `role` is a WAI-ARIA role, that every `aria-*` attribute exists and has a value its type allows, and that a generic
 * element given a role also has the states that role requires. The roles and attributes are aria-query's (the data
 * behind eslint-plugin-jsx-a11y and Testing Library). Used by .htmlvalidate.mjs.
 */
import { aria, roles, type ARIAProperty, type ARIARoleDefinitionKey } from 'aria-query';
import { definePlugin, Rule, type AttributeEvent, type ElementReadyEvent, type RuleDocumentation } from 'html-validate';

const tokens = (value: string) => value.trim().toLowerCase().split(/\s+/).filter(Boolean);
const number = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Why the value is not allowed for the attribute, or undefined when it is. */
function badValue(name: ARIAProperty, raw: string): string | undefined {
  const definition = aria.get(name)!;
  const value = raw.trim().toLowerCase();
  const allowed = (definition.values ?? []).map(String);
  if (definition.allowundefined) allowed.push('undefined');
  switch (definition.type) {
    case 'boolean': return ['true', 'false', ...(definition.allowundefined ? ['undefined'] : [])].includes(value) ? undefined : 'true or false';
    case 'tristate': return ['true', 'false', 'mixed', 'undefined'].includes(value) ? undefined : 'true, false or mixed';
    case 'token': return allowed.includes(value) ? undefined : `one of ${allowed.join(', ')}`;
    case 'tokenlist': return tokens(value).length && tokens(value).every((t) => allowed.includes(t)) ? undefined : `a list of ${allowed.join(', ')}`;
    case 'integer': return /^-?\d+$/.test(value) ? undefined : 'an integer';
    case 'number': return number.test(value) ? undefined : 'a number';
    default: return undefined; // strings; ids are no-missing-references' part
  }
}

class AriaValues extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A `role` must name WAI-ARIA roles that are not abstract, and an `aria-*` attribute must exist and have a value of its type.' };
  }

  override setup() {
    this.on('attr', (event: AttributeEvent) => {
      const { key, value, target } = event;
      if (typeof value !== 'string' && value !== null) return; // a value only known at run time
      const location = event.valueLocation ?? event.keyLocation;
      if (key === 'role') {
        const given = tokens(value ?? '');
        if (!given.length) this.report(target, 'The role attribute is empty', location);
        for (const role of given) {
          const definition = roles.get(role as ARIARoleDefinitionKey);
          if (!definition) this.report(target, `"${role}" is not a WAI-ARIA role`, location);
          else if (definition.abstract) this.report(target, `"${role}" is an abstract WAI-ARIA role, which pages must not use`, location);
        }
      } else if (key.startsWith('aria-')) {
        if (!aria.has(key as ARIAProperty)) this.report(target, `"${key}" is not a WAI-ARIA attribute`, event.keyLocation);
        else {
          const expected = badValue(key as ARIAProperty, value ?? '');
          if (expected) this.report(target, `${key}="${value ?? ''}" is not allowed: the value must be ${expected}`, location);
        }
      }
    });
  }
}

/** Elements without semantics of their own: a role on them must come with its required states. */
const generic = new Set(['div', 'span']);

class AriaRequiredStates extends Rule {
  override documentation(): RuleDocumentation {
    return { description: 'A `<div>` or `<span>` given a role must carry the states the role requires (role="checkbox" needs aria-checked).' };
  }

  override setup() {
    this.on('element:ready', (event: ElementReadyEvent) => {
      const element = event.target;
      if (!generic.has(element.tagName)) return;
      const role = element.getAttributeValue('role');
      const definition = role && roles.get(tokens(role)[0] as ARIARoleDefinitionKey);
      if (!definition) return;
      // Required with no default value; aria-controls is required only while a popup shows (ARIA 1.2).
      const required = Object.entries(definition.requiredProps).filter(([name, fallback]) => fallback === null && name !== 'aria-controls').map(([name]) => name);
      for (const name of required) {
        if (!element.hasAttribute(name)) this.report(element, `role="${role}" requires ${name}`);
      }
    });
  }
}

export default definePlugin({
  name: 'nexus-aria',
  rules: { 'nexus-aria/values': AriaValues, 'nexus-aria/required-states': AriaRequiredStates },
});
