// Generated from spec/user-data/balance-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/balance-update.json',
  $comment:
    'Generated from spec/user-data/balance-update.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Balance Update (user data stream, e = balanceUpdate)',
  description: 'A deposit, withdrawal or transfer changed a balance by the given amount.',
  type: 'object',
  required: ['e', 'E', 'a', 'd', 'T'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'balanceUpdate' },
    E: { description: 'Event time.', type: 'integer' },
    a: { description: 'Asset.', type: 'string' },
    d: {
      description: 'Change of the balance (negative when it went down).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    T: { description: 'When the change was cleared.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/balance-update.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.a === undefined && (missing0 = 'a')) ||
        (data.d === undefined && (missing0 = 'd')) ||
        (data.T === undefined && (missing0 = 'T'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.e !== undefined) {
          let data0 = data.e;
          const _errs2 = errors;
          if (typeof data0 !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if ('balanceUpdate' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'balanceUpdate' },
                message: 'must be equal to constant',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.E !== undefined) {
            let data1 = data.E;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/E',
                  schemaPath: '#/properties/E/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.a !== undefined) {
              const _errs6 = errors;
              if (typeof data.a !== 'string') {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/a',
                    schemaPath: '#/properties/a/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.d !== undefined) {
                let data3 = data.d;
                const _errs8 = errors;
                if (errors === _errs8) {
                  if (typeof data3 === 'string') {
                    if (!pattern0.test(data3)) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/d',
                          schemaPath: '#/properties/d/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                          message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                        },
                      ];
                      return false;
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/d',
                        schemaPath: '#/properties/d/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.T !== undefined) {
                  let data4 = data.T;
                  const _errs10 = errors;
                  if (!(
                    typeof data4 == 'number' &&
                    !(data4 % 1) &&
                    !isNaN(data4) &&
                    isFinite(data4)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/T',
                        schemaPath: '#/properties/T/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer',
                      },
                    ];
                    return false;
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
