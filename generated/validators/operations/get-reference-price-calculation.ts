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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbol === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'symbol' },
        message: "must have required property '" + 'symbol' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.calculationType === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'calculationType' },
        message: "must have required property '" + 'calculationType' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err2 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/properties/symbol/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.calculationType !== undefined) {
      if (typeof data.calculationType !== 'string') {
        const err3 = {
          instancePath: instancePath + '/calculationType',
          schemaPath: '#/properties/calculationType/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.bucketCount !== undefined) {
      let data2 = data.bucketCount;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err4 = {
          instancePath: instancePath + '/bucketCount',
          schemaPath: '#/properties/bucketCount/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.bucketWidthMs !== undefined) {
      let data3 = data.bucketWidthMs;
      if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3) && isFinite(data3))) {
        const err5 = {
          instancePath: instancePath + '/bucketWidthMs',
          schemaPath: '#/properties/bucketWidthMs/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.externalCalculationId !== undefined) {
      let data4 = data.externalCalculationId;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err6 = {
          instancePath: instancePath + '/externalCalculationId',
          schemaPath: '#/properties/externalCalculationId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
