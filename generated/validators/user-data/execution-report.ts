// Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/user-data/execution-report.json',
  $comment:
    'Generated from spec/user-data/execution-report.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Order Update (user data stream, e = executionReport)',
  description:
    "One change of an order: placed (NEW), traded (TRADE), canceled, replaced by an amend, expired or rejected, with the order's status, what the last execution filled and what it cost.",
  type: 'object',
  required: [
    'e',
    'E',
    's',
    'c',
    'S',
    'o',
    'f',
    'q',
    'p',
    'P',
    'F',
    'g',
    'C',
    'x',
    'X',
    'r',
    'i',
    'l',
    'z',
    'L',
    'n',
    'N',
    'T',
    't',
    'I',
    'w',
    'm',
    'M',
    'O',
    'Z',
    'Y',
    'Q',
    'V',
  ],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'executionReport' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    c: { description: 'Client order id (of the cancel, for a cancel).', type: 'string' },
    S: { description: 'Side.', type: 'string', enum: ['BUY', 'SELL'] },
    o: { description: 'Order type.', type: 'string' },
    f: { description: 'Time in force.', type: 'string' },
    q: { description: 'Order quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    p: { description: 'Order price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    P: { description: 'Stop price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    F: { description: 'Iceberg quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    g: { description: 'Order list id; -1 unless the order is part of a list.', type: 'integer' },
    C: {
      description: 'Client order id of the order being canceled; empty otherwise.',
      type: 'string',
    },
    x: {
      description:
        'What happened: NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED or TRADE_PREVENTION.',
      type: 'string',
    },
    X: {
      description:
        'Order status after it: NEW, PARTIALLY_FILLED, FILLED, CANCELED, PENDING_CANCEL, REJECTED, EXPIRED, EXPIRED_IN_MATCH.',
      type: 'string',
    },
    r: { description: 'Why the order was rejected; NONE otherwise.', type: 'string' },
    i: { description: 'Order id.', type: 'integer' },
    l: {
      description: 'Quantity of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    z: {
      description: 'Quantity filled so far.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    L: {
      description: 'Price of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    n: {
      description: 'Commission of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    N: {
      description: 'Asset the commission was paid in; null without a trade.',
      anyOf: [{ type: 'string' }, { type: 'null' }],
    },
    T: { description: 'Transaction time.', type: 'integer' },
    t: { description: 'Trade id; -1 without a trade.', type: 'integer' },
    I: { description: 'Execution id.', type: 'integer' },
    w: { description: 'Whether the order is on the book.', type: 'boolean' },
    m: { description: 'Whether this execution was on the maker side.', type: 'boolean' },
    M: { description: 'Ignore.', type: 'boolean' },
    O: { description: 'When the order was created.', type: 'integer' },
    Z: {
      description: 'Quote amount transacted so far (Z / z is the average price).',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    Y: {
      description: 'Quote amount of the last execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    Q: { description: 'Quote order quantity.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    V: { description: 'Self-trade prevention mode.', type: 'string' },
    d: { description: 'Trailing distance in basis points.', type: 'integer' },
    D: {
      description: 'When the trailing stop started tracking the price (milliseconds).',
      type: 'integer',
    },
    j: { description: 'Strategy id.', type: 'integer' },
    J: { description: 'Strategy type.', type: 'integer' },
    v: { description: 'Prevented match id.', type: 'integer' },
    A: {
      description: 'Quantity that STP expired.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    B: {
      description: 'Quantity that the last prevented match expired.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    u: { description: 'Trade group id.', type: 'integer' },
    U: {
      description: 'Id of the order on the other side of the prevented match.',
      type: 'integer',
    },
    Cs: {
      description: 'Symbol of the order on the other side of the prevented match.',
      type: 'string',
    },
    pl: {
      description: 'Quantity of the prevented execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    pL: {
      description: 'Price of the prevented execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    pY: {
      description: 'Quote quantity of the prevented execution.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    W: { description: 'When the order went on the book.', type: 'integer' },
    b: {
      description: 'How the order was matched (ONE_PARTY_TRADE_REPORT for SOR allocations).',
      type: 'string',
    },
    a: { description: 'Allocation id.', type: 'integer' },
    k: { description: 'Who fills the order: EXCHANGE or SOR.', type: 'string' },
    uS: { description: 'Whether the order used SOR.', type: 'boolean' },
    gP: { description: 'Peg type (PRIMARY_PEG or MARKET_PEG).', type: 'string' },
    gOT: { description: 'Peg offset type (PRICE_LEVEL).', type: 'string' },
    gOV: { description: 'Peg offset, in price levels.', type: 'integer' },
    gp: {
      description: 'Price the order is currently pegged at.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    eR: {
      description:
        'Why the order expired (INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …).',
      type: 'string',
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/user-data/execution-report.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.e === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'e' },
        message: "must have required property '" + 'e' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.E === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'E' },
        message: "must have required property '" + 'E' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.s === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 's' },
        message: "must have required property '" + 's' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.c === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'c' },
        message: "must have required property '" + 'c' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.S === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'S' },
        message: "must have required property '" + 'S' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.o === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'o' },
        message: "must have required property '" + 'o' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.f === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'f' },
        message: "must have required property '" + 'f' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.q === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'q' },
        message: "must have required property '" + 'q' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.p === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'p' },
        message: "must have required property '" + 'p' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.P === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'P' },
        message: "must have required property '" + 'P' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.F === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'F' },
        message: "must have required property '" + 'F' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.g === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'g' },
        message: "must have required property '" + 'g' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.C === undefined) {
      const err12 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'C' },
        message: "must have required property '" + 'C' + "'",
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.x === undefined) {
      const err13 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'x' },
        message: "must have required property '" + 'x' + "'",
      };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.X === undefined) {
      const err14 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'X' },
        message: "must have required property '" + 'X' + "'",
      };
      if (vErrors === null) {
        vErrors = [err14];
      } else {
        vErrors.push(err14);
      }
      errors++;
    }
    if (data.r === undefined) {
      const err15 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'r' },
        message: "must have required property '" + 'r' + "'",
      };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.i === undefined) {
      const err16 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'i' },
        message: "must have required property '" + 'i' + "'",
      };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.l === undefined) {
      const err17 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'l' },
        message: "must have required property '" + 'l' + "'",
      };
      if (vErrors === null) {
        vErrors = [err17];
      } else {
        vErrors.push(err17);
      }
      errors++;
    }
    if (data.z === undefined) {
      const err18 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'z' },
        message: "must have required property '" + 'z' + "'",
      };
      if (vErrors === null) {
        vErrors = [err18];
      } else {
        vErrors.push(err18);
      }
      errors++;
    }
    if (data.L === undefined) {
      const err19 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'L' },
        message: "must have required property '" + 'L' + "'",
      };
      if (vErrors === null) {
        vErrors = [err19];
      } else {
        vErrors.push(err19);
      }
      errors++;
    }
    if (data.n === undefined) {
      const err20 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'n' },
        message: "must have required property '" + 'n' + "'",
      };
      if (vErrors === null) {
        vErrors = [err20];
      } else {
        vErrors.push(err20);
      }
      errors++;
    }
    if (data.N === undefined) {
      const err21 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'N' },
        message: "must have required property '" + 'N' + "'",
      };
      if (vErrors === null) {
        vErrors = [err21];
      } else {
        vErrors.push(err21);
      }
      errors++;
    }
    if (data.T === undefined) {
      const err22 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'T' },
        message: "must have required property '" + 'T' + "'",
      };
      if (vErrors === null) {
        vErrors = [err22];
      } else {
        vErrors.push(err22);
      }
      errors++;
    }
    if (data.t === undefined) {
      const err23 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 't' },
        message: "must have required property '" + 't' + "'",
      };
      if (vErrors === null) {
        vErrors = [err23];
      } else {
        vErrors.push(err23);
      }
      errors++;
    }
    if (data.I === undefined) {
      const err24 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'I' },
        message: "must have required property '" + 'I' + "'",
      };
      if (vErrors === null) {
        vErrors = [err24];
      } else {
        vErrors.push(err24);
      }
      errors++;
    }
    if (data.w === undefined) {
      const err25 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'w' },
        message: "must have required property '" + 'w' + "'",
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
    if (data.m === undefined) {
      const err26 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'm' },
        message: "must have required property '" + 'm' + "'",
      };
      if (vErrors === null) {
        vErrors = [err26];
      } else {
        vErrors.push(err26);
      }
      errors++;
    }
    if (data.M === undefined) {
      const err27 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'M' },
        message: "must have required property '" + 'M' + "'",
      };
      if (vErrors === null) {
        vErrors = [err27];
      } else {
        vErrors.push(err27);
      }
      errors++;
    }
    if (data.O === undefined) {
      const err28 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'O' },
        message: "must have required property '" + 'O' + "'",
      };
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    }
    if (data.Z === undefined) {
      const err29 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'Z' },
        message: "must have required property '" + 'Z' + "'",
      };
      if (vErrors === null) {
        vErrors = [err29];
      } else {
        vErrors.push(err29);
      }
      errors++;
    }
    if (data.Y === undefined) {
      const err30 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'Y' },
        message: "must have required property '" + 'Y' + "'",
      };
      if (vErrors === null) {
        vErrors = [err30];
      } else {
        vErrors.push(err30);
      }
      errors++;
    }
    if (data.Q === undefined) {
      const err31 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'Q' },
        message: "must have required property '" + 'Q' + "'",
      };
      if (vErrors === null) {
        vErrors = [err31];
      } else {
        vErrors.push(err31);
      }
      errors++;
    }
    if (data.V === undefined) {
      const err32 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'V' },
        message: "must have required property '" + 'V' + "'",
      };
      if (vErrors === null) {
        vErrors = [err32];
      } else {
        vErrors.push(err32);
      }
      errors++;
    }
    if (data.e !== undefined) {
      let data0 = data.e;
      if (typeof data0 !== 'string') {
        const err33 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if ('executionReport' !== data0) {
        const err34 = {
          instancePath: instancePath + '/e',
          schemaPath: '#/properties/e/const',
          keyword: 'const',
          params: { allowedValue: 'executionReport' },
          message: 'must be equal to constant',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.E !== undefined) {
      let data1 = data.E;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err35 = {
          instancePath: instancePath + '/E',
          schemaPath: '#/properties/E/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
    if (data.s !== undefined) {
      if (typeof data.s !== 'string') {
        const err36 = {
          instancePath: instancePath + '/s',
          schemaPath: '#/properties/s/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.c !== undefined) {
      if (typeof data.c !== 'string') {
        const err37 = {
          instancePath: instancePath + '/c',
          schemaPath: '#/properties/c/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.S !== undefined) {
      let data4 = data.S;
      if (typeof data4 !== 'string') {
        const err38 = {
          instancePath: instancePath + '/S',
          schemaPath: '#/properties/S/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
      if (!(data4 === 'BUY' || data4 === 'SELL')) {
        const err39 = {
          instancePath: instancePath + '/S',
          schemaPath: '#/properties/S/enum',
          keyword: 'enum',
          params: { allowedValues: schema11.properties.S.enum },
          message: 'must be equal to one of the allowed values',
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.o !== undefined) {
      if (typeof data.o !== 'string') {
        const err40 = {
          instancePath: instancePath + '/o',
          schemaPath: '#/properties/o/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.f !== undefined) {
      if (typeof data.f !== 'string') {
        const err41 = {
          instancePath: instancePath + '/f',
          schemaPath: '#/properties/f/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.q !== undefined) {
      let data7 = data.q;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err42 = {
            instancePath: instancePath + '/q',
            schemaPath: '#/properties/q/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
      } else {
        const err43 = {
          instancePath: instancePath + '/q',
          schemaPath: '#/properties/q/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.p !== undefined) {
      let data8 = data.p;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err44 = {
            instancePath: instancePath + '/p',
            schemaPath: '#/properties/p/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = {
          instancePath: instancePath + '/p',
          schemaPath: '#/properties/p/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.P !== undefined) {
      let data9 = data.P;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err46 = {
            instancePath: instancePath + '/P',
            schemaPath: '#/properties/P/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err46];
          } else {
            vErrors.push(err46);
          }
          errors++;
        }
      } else {
        const err47 = {
          instancePath: instancePath + '/P',
          schemaPath: '#/properties/P/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
        }
        errors++;
      }
    }
    if (data.F !== undefined) {
      let data10 = data.F;
      if (typeof data10 === 'string') {
        if (!pattern0.test(data10)) {
          const err48 = {
            instancePath: instancePath + '/F',
            schemaPath: '#/properties/F/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err48];
          } else {
            vErrors.push(err48);
          }
          errors++;
        }
      } else {
        const err49 = {
          instancePath: instancePath + '/F',
          schemaPath: '#/properties/F/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data.g !== undefined) {
      let data11 = data.g;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        const err50 = {
          instancePath: instancePath + '/g',
          schemaPath: '#/properties/g/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err50];
        } else {
          vErrors.push(err50);
        }
        errors++;
      }
    }
    if (data.C !== undefined) {
      if (typeof data.C !== 'string') {
        const err51 = {
          instancePath: instancePath + '/C',
          schemaPath: '#/properties/C/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.x !== undefined) {
      if (typeof data.x !== 'string') {
        const err52 = {
          instancePath: instancePath + '/x',
          schemaPath: '#/properties/x/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err52];
        } else {
          vErrors.push(err52);
        }
        errors++;
      }
    }
    if (data.X !== undefined) {
      if (typeof data.X !== 'string') {
        const err53 = {
          instancePath: instancePath + '/X',
          schemaPath: '#/properties/X/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err53];
        } else {
          vErrors.push(err53);
        }
        errors++;
      }
    }
    if (data.r !== undefined) {
      if (typeof data.r !== 'string') {
        const err54 = {
          instancePath: instancePath + '/r',
          schemaPath: '#/properties/r/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.i !== undefined) {
      let data16 = data.i;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
        const err55 = {
          instancePath: instancePath + '/i',
          schemaPath: '#/properties/i/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
    }
    if (data.l !== undefined) {
      let data17 = data.l;
      if (typeof data17 === 'string') {
        if (!pattern0.test(data17)) {
          const err56 = {
            instancePath: instancePath + '/l',
            schemaPath: '#/properties/l/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      } else {
        const err57 = {
          instancePath: instancePath + '/l',
          schemaPath: '#/properties/l/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err57];
        } else {
          vErrors.push(err57);
        }
        errors++;
      }
    }
    if (data.z !== undefined) {
      let data18 = data.z;
      if (typeof data18 === 'string') {
        if (!pattern0.test(data18)) {
          const err58 = {
            instancePath: instancePath + '/z',
            schemaPath: '#/properties/z/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err58];
          } else {
            vErrors.push(err58);
          }
          errors++;
        }
      } else {
        const err59 = {
          instancePath: instancePath + '/z',
          schemaPath: '#/properties/z/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err59];
        } else {
          vErrors.push(err59);
        }
        errors++;
      }
    }
    if (data.L !== undefined) {
      let data19 = data.L;
      if (typeof data19 === 'string') {
        if (!pattern0.test(data19)) {
          const err60 = {
            instancePath: instancePath + '/L',
            schemaPath: '#/properties/L/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err60];
          } else {
            vErrors.push(err60);
          }
          errors++;
        }
      } else {
        const err61 = {
          instancePath: instancePath + '/L',
          schemaPath: '#/properties/L/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
    if (data.n !== undefined) {
      let data20 = data.n;
      if (typeof data20 === 'string') {
        if (!pattern0.test(data20)) {
          const err62 = {
            instancePath: instancePath + '/n',
            schemaPath: '#/properties/n/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err62];
          } else {
            vErrors.push(err62);
          }
          errors++;
        }
      } else {
        const err63 = {
          instancePath: instancePath + '/n',
          schemaPath: '#/properties/n/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.N !== undefined) {
      let data21 = data.N;
      const _errs45 = errors;
      let valid1 = false;
      const _errs46 = errors;
      if (typeof data21 !== 'string') {
        const err64 = {
          instancePath: instancePath + '/N',
          schemaPath: '#/properties/N/anyOf/0/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      var _valid0 = _errs46 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const _errs48 = errors;
        if (data21 !== null) {
          const err65 = {
            instancePath: instancePath + '/N',
            schemaPath: '#/properties/N/anyOf/1/type',
            keyword: 'type',
            params: { type: 'null' },
            message: 'must be null',
          };
          if (vErrors === null) {
            vErrors = [err65];
          } else {
            vErrors.push(err65);
          }
          errors++;
        }
        var _valid0 = _errs48 === errors;
        valid1 = valid1 || _valid0;
      }
      if (!valid1) {
        const err66 = {
          instancePath: instancePath + '/N',
          schemaPath: '#/properties/N/anyOf',
          keyword: 'anyOf',
          params: {},
          message: 'must match a schema in anyOf',
        };
        if (vErrors === null) {
          vErrors = [err66];
        } else {
          vErrors.push(err66);
        }
        errors++;
      } else {
        errors = _errs45;
        if (vErrors !== null) {
          if (_errs45) {
            vErrors.length = _errs45;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.T !== undefined) {
      let data22 = data.T;
      if (!(typeof data22 == 'number' && !(data22 % 1) && !isNaN(data22) && isFinite(data22))) {
        const err67 = {
          instancePath: instancePath + '/T',
          schemaPath: '#/properties/T/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.t !== undefined) {
      let data23 = data.t;
      if (!(typeof data23 == 'number' && !(data23 % 1) && !isNaN(data23) && isFinite(data23))) {
        const err68 = {
          instancePath: instancePath + '/t',
          schemaPath: '#/properties/t/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err68];
        } else {
          vErrors.push(err68);
        }
        errors++;
      }
    }
    if (data.I !== undefined) {
      let data24 = data.I;
      if (!(typeof data24 == 'number' && !(data24 % 1) && !isNaN(data24) && isFinite(data24))) {
        const err69 = {
          instancePath: instancePath + '/I',
          schemaPath: '#/properties/I/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data.w !== undefined) {
      if (typeof data.w !== 'boolean') {
        const err70 = {
          instancePath: instancePath + '/w',
          schemaPath: '#/properties/w/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err70];
        } else {
          vErrors.push(err70);
        }
        errors++;
      }
    }
    if (data.m !== undefined) {
      if (typeof data.m !== 'boolean') {
        const err71 = {
          instancePath: instancePath + '/m',
          schemaPath: '#/properties/m/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err71];
        } else {
          vErrors.push(err71);
        }
        errors++;
      }
    }
    if (data.M !== undefined) {
      if (typeof data.M !== 'boolean') {
        const err72 = {
          instancePath: instancePath + '/M',
          schemaPath: '#/properties/M/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err72];
        } else {
          vErrors.push(err72);
        }
        errors++;
      }
    }
    if (data.O !== undefined) {
      let data28 = data.O;
      if (!(typeof data28 == 'number' && !(data28 % 1) && !isNaN(data28) && isFinite(data28))) {
        const err73 = {
          instancePath: instancePath + '/O',
          schemaPath: '#/properties/O/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err73];
        } else {
          vErrors.push(err73);
        }
        errors++;
      }
    }
    if (data.Z !== undefined) {
      let data29 = data.Z;
      if (typeof data29 === 'string') {
        if (!pattern0.test(data29)) {
          const err74 = {
            instancePath: instancePath + '/Z',
            schemaPath: '#/properties/Z/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err74];
          } else {
            vErrors.push(err74);
          }
          errors++;
        }
      } else {
        const err75 = {
          instancePath: instancePath + '/Z',
          schemaPath: '#/properties/Z/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err75];
        } else {
          vErrors.push(err75);
        }
        errors++;
      }
    }
    if (data.Y !== undefined) {
      let data30 = data.Y;
      if (typeof data30 === 'string') {
        if (!pattern0.test(data30)) {
          const err76 = {
            instancePath: instancePath + '/Y',
            schemaPath: '#/properties/Y/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err76];
          } else {
            vErrors.push(err76);
          }
          errors++;
        }
      } else {
        const err77 = {
          instancePath: instancePath + '/Y',
          schemaPath: '#/properties/Y/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.Q !== undefined) {
      let data31 = data.Q;
      if (typeof data31 === 'string') {
        if (!pattern0.test(data31)) {
          const err78 = {
            instancePath: instancePath + '/Q',
            schemaPath: '#/properties/Q/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err78];
          } else {
            vErrors.push(err78);
          }
          errors++;
        }
      } else {
        const err79 = {
          instancePath: instancePath + '/Q',
          schemaPath: '#/properties/Q/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err79];
        } else {
          vErrors.push(err79);
        }
        errors++;
      }
    }
    if (data.V !== undefined) {
      if (typeof data.V !== 'string') {
        const err80 = {
          instancePath: instancePath + '/V',
          schemaPath: '#/properties/V/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data.d !== undefined) {
      let data33 = data.d;
      if (!(typeof data33 == 'number' && !(data33 % 1) && !isNaN(data33) && isFinite(data33))) {
        const err81 = {
          instancePath: instancePath + '/d',
          schemaPath: '#/properties/d/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data.D !== undefined) {
      let data34 = data.D;
      if (!(typeof data34 == 'number' && !(data34 % 1) && !isNaN(data34) && isFinite(data34))) {
        const err82 = {
          instancePath: instancePath + '/D',
          schemaPath: '#/properties/D/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data.j !== undefined) {
      let data35 = data.j;
      if (!(typeof data35 == 'number' && !(data35 % 1) && !isNaN(data35) && isFinite(data35))) {
        const err83 = {
          instancePath: instancePath + '/j',
          schemaPath: '#/properties/j/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data.J !== undefined) {
      let data36 = data.J;
      if (!(typeof data36 == 'number' && !(data36 % 1) && !isNaN(data36) && isFinite(data36))) {
        const err84 = {
          instancePath: instancePath + '/J',
          schemaPath: '#/properties/J/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data.v !== undefined) {
      let data37 = data.v;
      if (!(typeof data37 == 'number' && !(data37 % 1) && !isNaN(data37) && isFinite(data37))) {
        const err85 = {
          instancePath: instancePath + '/v',
          schemaPath: '#/properties/v/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data.A !== undefined) {
      let data38 = data.A;
      if (typeof data38 === 'string') {
        if (!pattern0.test(data38)) {
          const err86 = {
            instancePath: instancePath + '/A',
            schemaPath: '#/properties/A/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err86];
          } else {
            vErrors.push(err86);
          }
          errors++;
        }
      } else {
        const err87 = {
          instancePath: instancePath + '/A',
          schemaPath: '#/properties/A/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data.B !== undefined) {
      let data39 = data.B;
      if (typeof data39 === 'string') {
        if (!pattern0.test(data39)) {
          const err88 = {
            instancePath: instancePath + '/B',
            schemaPath: '#/properties/B/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err88];
          } else {
            vErrors.push(err88);
          }
          errors++;
        }
      } else {
        const err89 = {
          instancePath: instancePath + '/B',
          schemaPath: '#/properties/B/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data.u !== undefined) {
      let data40 = data.u;
      if (!(typeof data40 == 'number' && !(data40 % 1) && !isNaN(data40) && isFinite(data40))) {
        const err90 = {
          instancePath: instancePath + '/u',
          schemaPath: '#/properties/u/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err90];
        } else {
          vErrors.push(err90);
        }
        errors++;
      }
    }
    if (data.U !== undefined) {
      let data41 = data.U;
      if (!(typeof data41 == 'number' && !(data41 % 1) && !isNaN(data41) && isFinite(data41))) {
        const err91 = {
          instancePath: instancePath + '/U',
          schemaPath: '#/properties/U/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err91];
        } else {
          vErrors.push(err91);
        }
        errors++;
      }
    }
    if (data.Cs !== undefined) {
      if (typeof data.Cs !== 'string') {
        const err92 = {
          instancePath: instancePath + '/Cs',
          schemaPath: '#/properties/Cs/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data.pl !== undefined) {
      let data43 = data.pl;
      if (typeof data43 === 'string') {
        if (!pattern0.test(data43)) {
          const err93 = {
            instancePath: instancePath + '/pl',
            schemaPath: '#/properties/pl/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err93];
          } else {
            vErrors.push(err93);
          }
          errors++;
        }
      } else {
        const err94 = {
          instancePath: instancePath + '/pl',
          schemaPath: '#/properties/pl/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err94];
        } else {
          vErrors.push(err94);
        }
        errors++;
      }
    }
    if (data.pL !== undefined) {
      let data44 = data.pL;
      if (typeof data44 === 'string') {
        if (!pattern0.test(data44)) {
          const err95 = {
            instancePath: instancePath + '/pL',
            schemaPath: '#/properties/pL/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err95];
          } else {
            vErrors.push(err95);
          }
          errors++;
        }
      } else {
        const err96 = {
          instancePath: instancePath + '/pL',
          schemaPath: '#/properties/pL/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data.pY !== undefined) {
      let data45 = data.pY;
      if (typeof data45 === 'string') {
        if (!pattern0.test(data45)) {
          const err97 = {
            instancePath: instancePath + '/pY',
            schemaPath: '#/properties/pY/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      } else {
        const err98 = {
          instancePath: instancePath + '/pY',
          schemaPath: '#/properties/pY/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err98];
        } else {
          vErrors.push(err98);
        }
        errors++;
      }
    }
    if (data.W !== undefined) {
      let data46 = data.W;
      if (!(typeof data46 == 'number' && !(data46 % 1) && !isNaN(data46) && isFinite(data46))) {
        const err99 = {
          instancePath: instancePath + '/W',
          schemaPath: '#/properties/W/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err99];
        } else {
          vErrors.push(err99);
        }
        errors++;
      }
    }
    if (data.b !== undefined) {
      if (typeof data.b !== 'string') {
        const err100 = {
          instancePath: instancePath + '/b',
          schemaPath: '#/properties/b/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
    if (data.a !== undefined) {
      let data48 = data.a;
      if (!(typeof data48 == 'number' && !(data48 % 1) && !isNaN(data48) && isFinite(data48))) {
        const err101 = {
          instancePath: instancePath + '/a',
          schemaPath: '#/properties/a/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err101];
        } else {
          vErrors.push(err101);
        }
        errors++;
      }
    }
    if (data.k !== undefined) {
      if (typeof data.k !== 'string') {
        const err102 = {
          instancePath: instancePath + '/k',
          schemaPath: '#/properties/k/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err102];
        } else {
          vErrors.push(err102);
        }
        errors++;
      }
    }
    if (data.uS !== undefined) {
      if (typeof data.uS !== 'boolean') {
        const err103 = {
          instancePath: instancePath + '/uS',
          schemaPath: '#/properties/uS/type',
          keyword: 'type',
          params: { type: 'boolean' },
          message: 'must be boolean',
        };
        if (vErrors === null) {
          vErrors = [err103];
        } else {
          vErrors.push(err103);
        }
        errors++;
      }
    }
    if (data.gP !== undefined) {
      if (typeof data.gP !== 'string') {
        const err104 = {
          instancePath: instancePath + '/gP',
          schemaPath: '#/properties/gP/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err104];
        } else {
          vErrors.push(err104);
        }
        errors++;
      }
    }
    if (data.gOT !== undefined) {
      if (typeof data.gOT !== 'string') {
        const err105 = {
          instancePath: instancePath + '/gOT',
          schemaPath: '#/properties/gOT/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err105];
        } else {
          vErrors.push(err105);
        }
        errors++;
      }
    }
    if (data.gOV !== undefined) {
      let data53 = data.gOV;
      if (!(typeof data53 == 'number' && !(data53 % 1) && !isNaN(data53) && isFinite(data53))) {
        const err106 = {
          instancePath: instancePath + '/gOV',
          schemaPath: '#/properties/gOV/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err106];
        } else {
          vErrors.push(err106);
        }
        errors++;
      }
    }
    if (data.gp !== undefined) {
      let data54 = data.gp;
      if (typeof data54 === 'string') {
        if (!pattern0.test(data54)) {
          const err107 = {
            instancePath: instancePath + '/gp',
            schemaPath: '#/properties/gp/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err107];
          } else {
            vErrors.push(err107);
          }
          errors++;
        }
      } else {
        const err108 = {
          instancePath: instancePath + '/gp',
          schemaPath: '#/properties/gp/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err108];
        } else {
          vErrors.push(err108);
        }
        errors++;
      }
    }
    if (data.eR !== undefined) {
      if (typeof data.eR !== 'string') {
        const err109 = {
          instancePath: instancePath + '/eR',
          schemaPath: '#/properties/eR/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err109];
        } else {
          vErrors.push(err109);
        }
        errors++;
      }
    }
  } else {
    const err110 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err110];
    } else {
      vErrors.push(err110);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
