// Generated from spec/operations/get-reference-price-calculation.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-reference-price-calculation.json',
  $comment:
    'Generated from spec/operations/get-reference-price-calculation.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title:
    'Query Reference Price Calculation (GET /api/v3/referencePrice/calculation, referencePrice.calculation)',
  description:
    'How the reference price of a symbol is computed (arithmetic mean over buckets, or external).',
  type: 'object',
  required: ['symbol', 'calculationType'],
  properties: {
    symbol: { description: 'Symbol.', type: 'string' },
    calculationType: {
      description: 'How the reference price is computed (ARITHMETIC_MEAN or EXTERNAL).',
      type: 'string',
    },
    bucketCount: { description: 'Number of buckets averaged (ARITHMETIC_MEAN).', type: 'integer' },
    bucketWidthMs: {
      description: 'Width of each bucket in milliseconds (ARITHMETIC_MEAN).',
      type: 'integer',
    },
    externalCalculationId: {
      description: 'Id of the external calculation (EXTERNAL).',
      type: 'integer',
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-reference-price-calculation.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.calculationType === undefined && (missing0 = 'calculationType'))
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
        if (data.symbol !== undefined) {
          const _errs2 = errors;
          if (typeof data.symbol !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/symbol',
                schemaPath: '#/properties/symbol/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.calculationType !== undefined) {
            const _errs4 = errors;
            if (typeof data.calculationType !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/calculationType',
                  schemaPath: '#/properties/calculationType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.bucketCount !== undefined) {
              let data2 = data.bucketCount;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/bucketCount',
                    schemaPath: '#/properties/bucketCount/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.bucketWidthMs !== undefined) {
                let data3 = data.bucketWidthMs;
                const _errs8 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/bucketWidthMs',
                      schemaPath: '#/properties/bucketWidthMs/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.externalCalculationId !== undefined) {
                  let data4 = data.externalCalculationId;
                  const _errs10 = errors;
                  if (!(
                    typeof data4 == 'number' &&
                    !(data4 % 1) &&
                    !isNaN(data4) &&
                    isFinite(data4)
                  )) {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/externalCalculationId',
                        schemaPath: '#/properties/externalCalculationId/type',
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
