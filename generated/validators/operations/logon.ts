// Generated from spec/operations/logon.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/logon.json',
  $comment:
    'Generated from spec/operations/logon.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Log in with API key (session.logon)',
  description:
    "Authenticates the WebSocket API connection with an Ed25519 key, so that later signed requests need no signature. A session with `keyType: 'ED25519'` does this by itself on every new socket.",
  type: 'object',
  required: ['apiKey', 'authorizedSince', 'connectedSince', 'returnRateLimits', 'serverTime'],
  properties: {
    apiKey: {
      description: 'The API key the connection is logged on with; null when it is not.',
      anyOf: [{ type: 'string' }, { type: 'null' }],
    },
    authorizedSince: {
      description: 'When the connection logged on; null when it is not.',
      anyOf: [{ type: 'integer' }, { type: 'null' }],
    },
    connectedSince: { description: 'When the connection opened.', type: 'integer' },
    returnRateLimits: { description: 'Whether answers carry rateLimits.', type: 'boolean' },
    serverTime: { description: 'Server time.', type: 'integer' },
    userDataStream: {
      description:
        'Whether a user data stream subscription is active (null where user data streams are not available).',
      anyOf: [{ type: 'boolean' }, { type: 'null' }],
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/logon.json" */ let vErrors = null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.apiKey === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'apiKey' },
        message: "must have required property '" + 'apiKey' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.authorizedSince === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'authorizedSince' },
        message: "must have required property '" + 'authorizedSince' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.connectedSince === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'connectedSince' },
        message: "must have required property '" + 'connectedSince' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.returnRateLimits === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'returnRateLimits' },
        message: "must have required property '" + 'returnRateLimits' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.serverTime === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'serverTime' },
        message: "must have required property '" + 'serverTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.apiKey !== undefined) {
      let data0 = data.apiKey;
      const _errs3 = errors;
      let valid1 = false;
      const _errs4 = errors;
      if (typeof data0 !== 'string') {
        const err5 = {
          instancePath: instancePath + '/apiKey',
          schemaPath: '#/properties/apiKey/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs6 = errors;
        if (data0 !== null) {
          const err6 = {
            instancePath: instancePath + '/apiKey',
            schemaPath: '#/properties/apiKey/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
        var _valid0 = _errs6 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err7 = {
          instancePath: instancePath + '/apiKey',
          schemaPath: '#/properties/apiKey/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      } else {
        errors = _errs3;
        if (vErrors !== null) {
          if (_errs3) {
            vErrors.length = _errs3;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.authorizedSince !== undefined) {
      let data1 = data.authorizedSince;
      const _errs9 = errors;
      let valid2 = false;
      const _errs10 = errors;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err8 = {
          instancePath: instancePath + '/authorizedSince',
          schemaPath: '#/properties/authorizedSince/anyOf/0/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid1 = _errs10 === errors;
      valid2 = valid2 || _valid1;
      if (!valid2) {
        const _errs12 = errors;
        if (data1 !== null) {
          const err9 = {
            instancePath: instancePath + '/authorizedSince',
            schemaPath: '#/properties/authorizedSince/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        var _valid1 = _errs12 === errors;
        valid2 = valid2 || _valid1;
      }
      if (!valid2) {
        const err10 = {
          instancePath: instancePath + '/authorizedSince',
          schemaPath: '#/properties/authorizedSince/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      } else {
        errors = _errs9;
        if (vErrors !== null) {
          if (_errs9) {
            vErrors.length = _errs9;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.connectedSince !== undefined) {
      let data2 = data.connectedSince;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err11 = {
          instancePath: instancePath + '/connectedSince',
          schemaPath: '#/properties/connectedSince/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.returnRateLimits !== undefined) {
      if (typeof data.returnRateLimits !== 'boolean') {
        const err12 = {
          instancePath: instancePath + '/returnRateLimits',
          schemaPath: '#/properties/returnRateLimits/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.serverTime !== undefined) {
      let data4 = data.serverTime;
      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4) && isFinite(data4))) {
        const err13 = {
          instancePath: instancePath + '/serverTime',
          schemaPath: '#/properties/serverTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.userDataStream !== undefined) {
      let data5 = data.userDataStream;
      const _errs21 = errors;
      let valid3 = false;
      const _errs22 = errors;
      if (typeof data5 !== 'boolean') {
        const err14 = {
          instancePath: instancePath + '/userDataStream',
          schemaPath: '#/properties/userDataStream/anyOf/0/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid2 = _errs22 === errors;
      valid3 = valid3 || _valid2;
      if (!valid3) {
        const _errs24 = errors;
        if (data5 !== null) {
          const err15 = {
            instancePath: instancePath + '/userDataStream',
            schemaPath: '#/properties/userDataStream/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        var _valid2 = _errs24 === errors;
        valid3 = valid3 || _valid2;
      }
      if (!valid3) {
        const err16 = {
          instancePath: instancePath + '/userDataStream',
          schemaPath: '#/properties/userDataStream/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs21;
        if (vErrors !== null) {
          if (_errs21) {
            vErrors.length = _errs21;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
