'use strict';
// Loads Mailgun's OpenAPI spec, applies the errata below and writes the result as JSON for
// Prism. Each erratum names what it fixes and why, and first checks that the spec still says
// exactly what the erratum expects: when Mailgun changes that part of the spec, this script
// fails instead of silently patching something else, and the erratum must be reviewed.
//
// Usage: node spec-errata.cjs SPEC.yaml OUT.json
const fs = require('fs');
const util = require('util');
const yaml = require('js-yaml');

const [input, output] = process.argv.slice(2);
if (!input || !output) {
    console.error('usage: node spec-errata.cjs SPEC.yaml OUT.json');
    process.exit(2);
}
const spec = yaml.safeLoad(fs.readFileSync(input, 'utf8'));

function operation(path, method) {
    const op = spec.paths && spec.paths[path] && spec.paths[path][method];
    if (!op) throw new Error(`erratum: ${method.toUpperCase()} ${path} is no longer in the spec`);
    return op;
}

function expectEqual(actual, expected, what) {
    if (!util.isDeepStrictEqual(actual, expected)) {
        throw new Error(`erratum no longer applies: ${what} is ${JSON.stringify(actual)}, ` +
                        `expected ${JSON.stringify(expected)}; review tests/contract/spec-errata.cjs`);
    }
}

const errata = [
    {
        // A defect of the spec: `event` is declared as one string, but its own description says
        // "Multiple events are allowed", and Mailgun requires it repeated
        // (event=accepted&event=delivered; reference §8.3). As a query parameter with the
        // default style (form, explode) an array of strings is exactly that.
        why: 'stats `event` query parameter is repeatable but declared as a single string',
        apply() {
            for (const path of ['/v3/stats/total', '/v3/{domain}/stats/total']) {
                const parameter = operation(path, 'get').parameters.find(p => p.name === 'event' && p.in === 'query');
                if (!parameter) throw new Error(`erratum: no query parameter 'event' on GET ${path}`);
                expectEqual(parameter.schema, { type: 'string' }, `GET ${path} query 'event' schema`);
                parameter.schema = { type: 'array', items: { type: 'string' } };
            }
        },
    },
    {
        // Not a change of the contract: POST /v3/routes declares the encoding of its repeatable
        // `action` (style form, explode: `action=a&action=b`), PUT /v3/routes/{id} leaves it
        // out. That is OpenAPI's default for application/x-www-form-urlencoded anyway, but
        // Prism 5 reads a form body's array property only when an `encoding` names it, and
        // otherwise rejects every route update with "must be array". PUT gets POST's encoding.
        why: 'PUT /v3/routes/{id} lacks the `action` encoding that POST /v3/routes declares',
        apply() {
            const form = 'application/x-www-form-urlencoded';
            const declared = operation('/v3/routes', 'post').requestBody.content[form].encoding;
            expectEqual(declared, { action: { style: 'form', explode: true } }, 'POST /v3/routes encoding');
            const content = operation('/v3/routes/{id}', 'put').requestBody.content[form];
            if (!content) throw new Error('erratum: PUT /v3/routes/{id} is no longer url-encoded');
            expectEqual(content.encoding, undefined, 'PUT /v3/routes/{id} encoding');
            content.encoding = declared;
        },
    },
    {
        // The spec calls is_disabled required in every /v1/keys item, but the real list quoted in
        // trufflehog issue #3870 has none (docs/mailgun-behaviour.md, point 3), and the practice
        // server leaves it out of one item so that the program copes. Only that one field.
        why: 'KeyInfoResp requires is_disabled, which real key lists leave out',
        apply() {
            const schema = spec.components.schemas['github.com-mailgun-cerberus-keys-KeyInfoResp'];
            if (!schema) throw new Error('erratum: KeyInfoResp is no longer in the spec');
            expectEqual(schema.required, ['id', 'description', 'kind', 'role', 'created_at', 'updated_at',
                                          'is_disabled', 'domain_name', 'requestor', 'user_name'],
                        'KeyInfoResp required');
            schema.required = schema.required.filter(name => name !== 'is_disabled');
        },
    },
    {
        // Recorded traffic answers 401 with the plain-text body `Forbidden` (Content-Type
        // text/plain; charset=utf-8: mailgun-ruby vcr_cassettes exceptions-invalid-api-key.yml,
        // 2023, and exceptions.yml, 2025), for a wrong key and an IP-allowlist block alike. The
        // OAS declares every 401 as application/json only (docs/mailgun-behaviour.md, points 1
        // and 9: "OAS labels are not reliable"). The JSON form stays; plain text is added.
        why: '401 answers are text/plain "Forbidden" in recorded traffic; the spec declares only JSON',
        apply() {
            let patched = 0;
            for (const [path, methods] of Object.entries(spec.paths)) {
                for (const [method, op] of Object.entries(methods)) {
                    const refused = op && op.responses && op.responses['401'];
                    if (!refused) continue;
                    expectEqual(Object.keys(refused.content || {}), ['application/json'],
                                `${method.toUpperCase()} ${path} 401 content types`);
                    refused.content['text/plain'] = { schema: { type: 'string' } };
                    ++patched;
                }
            }
            if (patched === 0) throw new Error('erratum: no operation lists a 401 any more');
        },
    },
];

for (const erratum of errata) erratum.apply();
fs.writeFileSync(output, JSON.stringify(spec));
console.log(`applied ${errata.length} errata: ${errata.map(e => e.why).join('; ')}`);
