// Generated from spec/usdm/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** A channel's spec file, stream template, whether it is implicit (sent unasked), and its examples' stream names and payloads. */
export type ChannelExamples = { readonly file: string; readonly stream: string; readonly implicit?: boolean; readonly streams: readonly string[]; readonly payloads: readonly unknown[] };

/** An operation's spec file, bindings and example requests and responses. */
export type OperationExamples = { readonly file: string; readonly security: 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE'; readonly weight: number; readonly weightType?: 'IP' | 'UID'; readonly rest?: { readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'; readonly path: string }; readonly wsApi?: string; readonly examples: readonly { readonly params?: object; readonly response: unknown }[] };

/** Example payloads of every channel, by channel name. */
export const channelExamples: Readonly<Record<string, ChannelExamples>> = {
  "aggTrade": {
    "file": "spec/usdm/channels/agg-trade.yaml",
    "stream": "<symbol>@aggTrade",
    "streams": [
      "btcusdt@aggTrade"
    ],
    "payloads": [
      {
        "e": "aggTrade",
        "E": 123456789,
        "s": "BTCUSDT",
        "a": 5933014,
        "p": "0.001",
        "q": "100",
        "nq": "100",
        "f": 100,
        "l": 105,
        "T": 123456785,
        "m": true
      }
    ]
  },
  "allAssetIndexes": {
    "file": "spec/usdm/channels/all-asset-indexes.yaml",
    "stream": "!assetIndex@arr",
    "streams": [
      "!assetIndex@arr"
    ],
    "payloads": [
      [
        {
          "e": "assetIndexUpdate",
          "E": 1686749230000,
          "s": "ADAUSD",
          "i": "0.27462452",
          "b": "0.10000000",
          "a": "0.10000000",
          "B": "0.24716207",
          "A": "0.30208698",
          "q": "0.05000000",
          "g": "0.05000000",
          "Q": "0.26089330",
          "G": "0.28835575"
        }
      ]
    ]
  },
  "allBookTickers": {
    "file": "spec/usdm/channels/all-book-tickers.yaml",
    "stream": "!bookTicker",
    "streams": [
      "!bookTicker"
    ],
    "payloads": [
      {
        "e": "bookTicker",
        "u": 400900217,
        "E": 1568014460893,
        "T": 1568014460891,
        "s": "BNBUSDT",
        "b": "25.35190000",
        "B": "31.21000000",
        "a": "25.36520000",
        "A": "40.66000000"
      }
    ]
  },
  "allForceOrders": {
    "file": "spec/usdm/channels/all-force-orders.yaml",
    "stream": "!forceOrder@arr",
    "streams": [
      "!forceOrder@arr"
    ],
    "payloads": [
      {
        "e": "forceOrder",
        "E": 1568014460893,
        "o": {
          "s": "BTCUSDT",
          "S": "SELL",
          "o": "LIMIT",
          "f": "IOC",
          "q": "0.014",
          "p": "9910",
          "ap": "9910",
          "X": "FILLED",
          "l": "0.014",
          "z": "0.014",
          "T": 1568014460893
        }
      }
    ]
  },
  "allMarkPrices": {
    "file": "spec/usdm/channels/all-mark-prices.yaml",
    "stream": "!markPrice@arr<markPriceSpeed>",
    "streams": [
      "!markPrice@arr"
    ],
    "payloads": [
      [
        {
          "e": "markPriceUpdate",
          "E": 1562305380000,
          "s": "BTCUSDT",
          "p": "11185.87786614",
          "i": "11784.62659091",
          "P": "11784.25641265",
          "r": "0.00030000",
          "T": 1562306400000
        }
      ]
    ]
  },
  "allMiniTickers": {
    "file": "spec/usdm/channels/all-mini-tickers.yaml",
    "stream": "!miniTicker@arr",
    "streams": [
      "!miniTicker@arr"
    ],
    "payloads": [
      [
        {
          "e": "24hrMiniTicker",
          "E": 123456789,
          "s": "BTCUSDT",
          "c": "0.0025",
          "o": "0.0010",
          "h": "0.0025",
          "l": "0.0010",
          "v": "10000",
          "q": "18"
        }
      ]
    ]
  },
  "allTickers": {
    "file": "spec/usdm/channels/all-tickers.yaml",
    "stream": "!ticker@arr",
    "streams": [
      "!ticker@arr"
    ],
    "payloads": [
      [
        {
          "e": "24hrTicker",
          "E": 123456789,
          "s": "BTCUSDT",
          "p": "0.0015",
          "P": "250.00",
          "w": "0.0018",
          "c": "0.0025",
          "Q": "10",
          "o": "0.0010",
          "h": "0.0025",
          "l": "0.0010",
          "v": "10000",
          "q": "18",
          "O": 0,
          "C": 86400000,
          "F": 0,
          "L": 18150,
          "n": 18151
        }
      ]
    ]
  },
  "assetIndex": {
    "file": "spec/usdm/channels/asset-index.yaml",
    "stream": "<assetSymbol>@assetIndex",
    "streams": [
      "adausd@assetIndex"
    ],
    "payloads": [
      {
        "e": "assetIndexUpdate",
        "E": 1686749230000,
        "s": "ADAUSD",
        "i": "0.27462452",
        "b": "0.10000000",
        "a": "0.10000000",
        "B": "0.24716207",
        "A": "0.30208698",
        "q": "0.05000000",
        "g": "0.05000000",
        "Q": "0.26089330",
        "G": "0.28835575"
      }
    ]
  },
  "bookTicker": {
    "file": "spec/usdm/channels/book-ticker.yaml",
    "stream": "<symbol>@bookTicker",
    "streams": [
      "btcusdt@bookTicker"
    ],
    "payloads": [
      {
        "e": "bookTicker",
        "u": 400900217,
        "E": 1568014460893,
        "T": 1568014460891,
        "s": "BNBUSDT",
        "b": "25.35190000",
        "B": "31.21000000",
        "a": "25.36520000",
        "A": "40.66000000"
      }
    ]
  },
  "compositeIndex": {
    "file": "spec/usdm/channels/composite-index.yaml",
    "stream": "<symbol>@compositeIndex",
    "streams": [
      "defiusdt@compositeIndex"
    ],
    "payloads": [
      {
        "e": "compositeIndex",
        "E": 1602310596000,
        "s": "DEFIUSDT",
        "p": "554.41604065",
        "C": "baseAsset",
        "c": [
          {
            "b": "BAL",
            "q": "USDT",
            "w": "1.04884844",
            "W": "0.01457800",
            "i": "24.33521021"
          },
          {
            "b": "BAND",
            "q": "USDT",
            "w": "3.53782729",
            "W": "0.03935200",
            "i": "7.26420084"
          }
        ]
      }
    ]
  },
  "continuousKline": {
    "file": "spec/usdm/channels/continuous-kline.yaml",
    "stream": "<pair>_<contractType>@continuousKline_<interval>",
    "streams": [
      "btcusdt_perpetual@continuousKline_1m"
    ],
    "payloads": [
      {
        "e": "continuous_kline",
        "E": 1607443058651,
        "ps": "BTCUSDT",
        "ct": "PERPETUAL",
        "k": {
          "t": 1607443020000,
          "T": 1607443079999,
          "i": "1m",
          "f": 116467658886,
          "L": 116468012423,
          "o": "18787.00",
          "c": "18804.04",
          "h": "18804.04",
          "l": "18786.54",
          "v": "197.664",
          "n": 543,
          "x": false,
          "q": "3715253.19494",
          "V": "184.769",
          "Q": "3472925.84746",
          "B": "0"
        }
      }
    ]
  },
  "contractInfo": {
    "file": "spec/usdm/channels/contract-info.yaml",
    "stream": "!contractInfo",
    "streams": [
      "!contractInfo"
    ],
    "payloads": [
      {
        "e": "contractInfo",
        "E": 1669356423908,
        "s": "IOTAUSDT",
        "ps": "IOTAUSDT",
        "ct": "PERPETUAL",
        "dt": 4133404800000,
        "ot": 1569398400000,
        "cs": "TRADING",
        "bks": [
          {
            "bs": 1,
            "bnf": 0,
            "bnc": 5000,
            "mmr": 0.01,
            "cf": 0,
            "mi": 21,
            "ma": 50
          },
          {
            "bs": 2,
            "bnf": 5000,
            "bnc": 25000,
            "mmr": 0.025,
            "cf": 75,
            "mi": 11,
            "ma": 20
          }
        ]
      }
    ]
  },
  "diffDepth": {
    "file": "spec/usdm/channels/diff-depth.yaml",
    "stream": "<symbol>@depth<depthSpeed>",
    "streams": [
      "btcusdt@depth"
    ],
    "payloads": [
      {
        "e": "depthUpdate",
        "E": 123456789,
        "T": 123456788,
        "s": "BTCUSDT",
        "U": 157,
        "u": 160,
        "pu": 149,
        "b": [
          [
            "0.0024",
            "10"
          ]
        ],
        "a": [
          [
            "0.0026",
            "100"
          ]
        ]
      }
    ]
  },
  "forceOrder": {
    "file": "spec/usdm/channels/force-order.yaml",
    "stream": "<symbol>@forceOrder",
    "streams": [
      "btcusdt@forceOrder"
    ],
    "payloads": [
      {
        "e": "forceOrder",
        "E": 1568014460893,
        "o": {
          "s": "BTCUSDT",
          "S": "SELL",
          "o": "LIMIT",
          "f": "IOC",
          "q": "0.014",
          "p": "9910",
          "ap": "9910",
          "X": "FILLED",
          "l": "0.014",
          "z": "0.014",
          "T": 1568014460893
        }
      }
    ]
  },
  "kline": {
    "file": "spec/usdm/channels/kline.yaml",
    "stream": "<symbol>@kline_<interval>",
    "streams": [
      "btcusdt@kline_1m"
    ],
    "payloads": [
      {
        "e": "kline",
        "E": 1638747660000,
        "s": "BTCUSDT",
        "k": {
          "t": 1638747660000,
          "T": 1638747719999,
          "s": "BTCUSDT",
          "i": "1m",
          "f": 100,
          "L": 200,
          "o": "0.0010",
          "c": "0.0020",
          "h": "0.0025",
          "l": "0.0015",
          "v": "1000",
          "n": 100,
          "x": false,
          "q": "1.0000",
          "V": "500",
          "Q": "0.500",
          "B": "123456"
        }
      }
    ]
  },
  "markPrice": {
    "file": "spec/usdm/channels/mark-price.yaml",
    "stream": "<symbol>@markPrice<markPriceSpeed>",
    "streams": [
      "btcusdt@markPrice",
      "btcusdt@markPrice@1s"
    ],
    "payloads": [
      {
        "e": "markPriceUpdate",
        "E": 1562305380000,
        "s": "BTCUSDT",
        "p": "11794.15000000",
        "i": "11784.62659091",
        "P": "11784.25641265",
        "r": "0.00038167",
        "T": 1562306400000
      },
      {
        "e": "markPriceUpdate",
        "E": 1562305380000,
        "s": "BTCUSDT",
        "p": "11794.15000000",
        "ap": "11790.10000000",
        "i": "11784.62659091",
        "P": "11784.25641265",
        "r": "0.00038167",
        "T": 1562306400000
      }
    ]
  },
  "miniTicker": {
    "file": "spec/usdm/channels/mini-ticker.yaml",
    "stream": "<symbol>@miniTicker",
    "streams": [
      "btcusdt@miniTicker"
    ],
    "payloads": [
      {
        "e": "24hrMiniTicker",
        "E": 123456789,
        "s": "BTCUSDT",
        "c": "0.0025",
        "o": "0.0010",
        "h": "0.0025",
        "l": "0.0010",
        "v": "10000",
        "q": "18"
      }
    ]
  },
  "partialDepth": {
    "file": "spec/usdm/channels/partial-depth.yaml",
    "stream": "<symbol>@depth<levels><depthSpeed>",
    "streams": [
      "btcusdt@depth5@500ms"
    ],
    "payloads": [
      {
        "e": "depthUpdate",
        "E": 1571889248277,
        "T": 1571889248276,
        "s": "BTCUSDT",
        "U": 390497796,
        "u": 390497878,
        "pu": 390497794,
        "b": [
          [
            "7403.89",
            "0.002"
          ],
          [
            "7403.90",
            "3.906"
          ],
          [
            "7404.00",
            "1.428"
          ],
          [
            "7404.85",
            "5.239"
          ],
          [
            "7405.43",
            "2.562"
          ]
        ],
        "a": [
          [
            "7405.96",
            "3.340"
          ],
          [
            "7406.63",
            "4.525"
          ],
          [
            "7407.08",
            "2.475"
          ],
          [
            "7407.15",
            "4.800"
          ],
          [
            "7407.20",
            "0.175"
          ]
        ]
      }
    ]
  },
  "rpiDiffDepth": {
    "file": "spec/usdm/channels/rpi-diff-depth.yaml",
    "stream": "<symbol>@rpiDepth@500ms",
    "streams": [
      "btcusdt@rpiDepth@500ms"
    ],
    "payloads": [
      {
        "e": "depthUpdate",
        "E": 123456789,
        "T": 123456788,
        "s": "BTCUSDT",
        "U": 157,
        "u": 160,
        "pu": 149,
        "b": [
          [
            "0.0024",
            "10"
          ]
        ],
        "a": [
          [
            "0.0026",
            "100"
          ]
        ]
      }
    ]
  },
  "ticker": {
    "file": "spec/usdm/channels/ticker.yaml",
    "stream": "<symbol>@ticker",
    "streams": [
      "btcusdt@ticker"
    ],
    "payloads": [
      {
        "e": "24hrTicker",
        "E": 123456789,
        "s": "BTCUSDT",
        "p": "0.0015",
        "P": "250.00",
        "w": "0.0018",
        "c": "0.0025",
        "Q": "10",
        "o": "0.0010",
        "h": "0.0025",
        "l": "0.0010",
        "v": "10000",
        "q": "18",
        "O": 0,
        "C": 86400000,
        "F": 0,
        "L": 18150,
        "n": 18151
      }
    ]
  },
  "tradingSession": {
    "file": "spec/usdm/channels/trading-session.yaml",
    "stream": "tradingSession",
    "streams": [
      "tradingSession"
    ],
    "payloads": [
      {
        "e": "EquityUpdate",
        "E": 1761180000000,
        "t": 1761177600000,
        "T": 1761206400000,
        "S": "OVERNIGHT"
      }
    ]
  }
};

/** Example requests and responses of every operation, by operation name. */
export const operationExamples: Readonly<Record<string, OperationExamples>> = {
  "cancelAlgoOpenOrders": {
    "file": "spec/usdm/operations/cancel-algo-open-orders.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/algoOpenOrders"
    },
    "examples": [
      {
        "response": {
          "code": 200,
          "msg": "The operation of cancel all open order is done."
        }
      }
    ]
  },
  "cancelAlgoOrder": {
    "file": "spec/usdm/operations/cancel-algo-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/algoOrder"
    },
    "wsApi": "algoOrder.cancel",
    "examples": [
      {
        "response": {
          "algoId": 2146760,
          "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
          "code": "200",
          "msg": "success"
        }
      }
    ]
  },
  "cancelBatchOrders": {
    "file": "spec/usdm/operations/cancel-batch-orders.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/batchOrders"
    },
    "examples": [
      {
        "response": [
          {
            "clientOrderId": "myOrder1",
            "cumQty": "0",
            "cumQuote": "0",
            "executedQty": "0",
            "orderId": 283194212,
            "origQty": "11",
            "price": "0",
            "reduceOnly": false,
            "side": "BUY",
            "positionSide": "SHORT",
            "status": "CANCELED",
            "stopPrice": "9300",
            "closePosition": false,
            "symbol": "BTCUSDT",
            "timeInForce": "GTC",
            "origType": "TRAILING_STOP_MARKET",
            "type": "TRAILING_STOP_MARKET",
            "activatePrice": "9020",
            "priceRate": "0.3",
            "updateTime": 1571110484038,
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false,
            "priceMatch": "NONE",
            "selfTradePreventionMode": "NONE",
            "goodTillDate": 0
          },
          {
            "code": -2011,
            "msg": "Unknown order sent."
          }
        ]
      }
    ]
  },
  "cancelOpenOrders": {
    "file": "spec/usdm/operations/cancel-open-orders.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/allOpenOrders"
    },
    "examples": [
      {
        "response": {
          "code": 200,
          "msg": "The operation of cancel all open order is done."
        }
      }
    ]
  },
  "cancelOrder": {
    "file": "spec/usdm/operations/cancel-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/order"
    },
    "wsApi": "order.cancel",
    "examples": [
      {
        "response": {
          "clientOrderId": "myOrder1",
          "cumQty": "0",
          "executedQty": "0",
          "orderId": 283194212,
          "origQty": "11",
          "price": "0",
          "reduceOnly": false,
          "side": "BUY",
          "positionSide": "SHORT",
          "status": "CANCELED",
          "stopPrice": "9300",
          "closePosition": false,
          "symbol": "BTCUSDT",
          "timeInForce": "GTC",
          "origType": "TRAILING_STOP_MARKET",
          "type": "TRAILING_STOP_MARKET",
          "activatePrice": "9020",
          "priceRate": "0.3",
          "updateTime": 1571110484038,
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 0
        }
      }
    ]
  },
  "changeFeeBurn": {
    "file": "spec/usdm/operations/change-fee-burn.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/feeBurn"
    },
    "examples": [
      {
        "params": {
          "feeBurn": "true"
        },
        "response": {
          "code": 200,
          "msg": "success"
        }
      }
    ]
  },
  "changeLeverage": {
    "file": "spec/usdm/operations/change-leverage.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/leverage"
    },
    "examples": [
      {
        "response": {
          "leverage": 21,
          "maxNotionalValue": "1000000",
          "symbol": "BTCUSDT"
        }
      }
    ]
  },
  "changeMarginType": {
    "file": "spec/usdm/operations/change-margin-type.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/marginType"
    },
    "examples": [
      {
        "response": {
          "code": 200,
          "msg": "success"
        }
      }
    ]
  },
  "changeMultiAssetsMode": {
    "file": "spec/usdm/operations/change-multi-assets-mode.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/multiAssetsMargin"
    },
    "examples": [
      {
        "params": {
          "multiAssetsMargin": "false"
        },
        "response": {
          "code": 200,
          "msg": "success"
        }
      }
    ]
  },
  "changePositionMargin": {
    "file": "spec/usdm/operations/change-position-margin.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/positionMargin"
    },
    "examples": [
      {
        "response": {
          "amount": 100,
          "code": 200,
          "msg": "Successfully modify position margin.",
          "type": 1
        }
      }
    ]
  },
  "changePositionMode": {
    "file": "spec/usdm/operations/change-position-mode.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/positionSide/dual"
    },
    "examples": [
      {
        "response": {
          "code": 200,
          "msg": "success"
        }
      }
    ]
  },
  "closeListenKey": {
    "file": "spec/usdm/operations/close-listen-key.yaml",
    "security": "USER_STREAM",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/fapi/v1/listenKey"
    },
    "wsApi": "userDataStream.stop",
    "examples": [
      {
        "response": {}
      }
    ]
  },
  "createListenKey": {
    "file": "spec/usdm/operations/create-listen-key.yaml",
    "security": "USER_STREAM",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/listenKey"
    },
    "wsApi": "userDataStream.start",
    "examples": [
      {
        "response": {
          "listenKey": "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"
        }
      }
    ]
  },
  "get24hrTicker": {
    "file": "spec/usdm/operations/get24hr-ticker.yaml",
    "security": "NONE",
    "weight": 40,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/ticker/24hr"
    },
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "priceChange": "-94.99999800",
          "priceChangePercent": "-95.960",
          "weightedAvgPrice": "0.29628482",
          "lastPrice": "4.00000200",
          "lastQty": "200.00000000",
          "openPrice": "99.00000000",
          "highPrice": "100.00000000",
          "lowPrice": "0.10000000",
          "volume": "8913.30000000",
          "quoteVolume": "15.30000000",
          "openTime": 1499783499040,
          "closeTime": 1499869899040,
          "firstId": 28385,
          "lastId": 28460,
          "count": 76
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "priceChange": "-94.99999800",
            "priceChangePercent": "-95.960",
            "weightedAvgPrice": "0.29628482",
            "lastPrice": "4.00000200",
            "lastQty": "200.00000000",
            "openPrice": "99.00000000",
            "highPrice": "100.00000000",
            "lowPrice": "0.10000000",
            "volume": "8913.30000000",
            "quoteVolume": "15.30000000",
            "openTime": 1499783499040,
            "closeTime": 1499869899040,
            "firstId": 28385,
            "lastId": 28460,
            "count": 76
          }
        ]
      }
    ]
  },
  "getAccount": {
    "file": "spec/usdm/operations/get-account.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v3/account"
    },
    "wsApi": "v2/account.status",
    "examples": [
      {
        "response": {
          "totalInitialMargin": "0.00000000",
          "totalMaintMargin": "0.00000000",
          "totalWalletBalance": "126.72469206",
          "totalUnrealizedProfit": "0.00000000",
          "totalMarginBalance": "126.72469206",
          "totalPositionInitialMargin": "0.00000000",
          "totalOpenOrderInitialMargin": "0.00000000",
          "totalCrossWalletBalance": "126.72469206",
          "totalCrossUnPnl": "0.00000000",
          "availableBalance": "126.72469206",
          "maxWithdrawAmount": "126.72469206",
          "assets": [
            {
              "asset": "USDT",
              "walletBalance": "23.72469206",
              "unrealizedProfit": "0.00000000",
              "marginBalance": "23.72469206",
              "maintMargin": "0.00000000",
              "initialMargin": "0.00000000",
              "positionInitialMargin": "0.00000000",
              "openOrderInitialMargin": "0.00000000",
              "crossWalletBalance": "23.72469206",
              "crossUnPnl": "0.00000000",
              "availableBalance": "23.72469206",
              "maxWithdrawAmount": "23.72469206",
              "updateTime": 1625474304765
            }
          ],
          "positions": [
            {
              "symbol": "BTCUSDT",
              "positionSide": "BOTH",
              "positionAmt": "1.000",
              "unrealizedProfit": "0.00000000",
              "isolatedMargin": "0.00000000",
              "notional": "0",
              "isolatedWallet": "0",
              "initialMargin": "0",
              "maintMargin": "0",
              "updateTime": 0
            }
          ]
        }
      }
    ]
  },
  "getAccountConfig": {
    "file": "spec/usdm/operations/get-account-config.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/accountConfig"
    },
    "examples": [
      {
        "response": {
          "feeTier": 0,
          "canTrade": true,
          "canDeposit": true,
          "canWithdraw": true,
          "dualSidePosition": true,
          "updateTime": 0,
          "multiAssetsMargin": false,
          "tradeGroupId": -1
        }
      }
    ]
  },
  "getAccountV2": {
    "file": "spec/usdm/operations/get-account-v2.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v2/account"
    },
    "wsApi": "account.status",
    "examples": [
      {
        "params": {},
        "response": {
          "feeTier": 0,
          "canTrade": true,
          "canDeposit": true,
          "canWithdraw": true,
          "updateTime": 0,
          "multiAssetsMargin": true,
          "tradeGroupId": -1,
          "totalInitialMargin": "0.00000000",
          "totalMaintMargin": "0.00000000",
          "totalWalletBalance": "126.72469206",
          "totalUnrealizedProfit": "0.00000000",
          "totalMarginBalance": "126.72469206",
          "totalPositionInitialMargin": "0.00000000",
          "totalOpenOrderInitialMargin": "0.00000000",
          "totalCrossWalletBalance": "126.72469206",
          "totalCrossUnPnl": "0.00000000",
          "availableBalance": "126.72469206",
          "maxWithdrawAmount": "126.72469206",
          "assets": [
            {
              "asset": "USDT",
              "walletBalance": "23.72469206",
              "unrealizedProfit": "0.00000000",
              "marginBalance": "23.72469206",
              "maintMargin": "0.00000000",
              "initialMargin": "0.00000000",
              "positionInitialMargin": "0.00000000",
              "openOrderInitialMargin": "0.00000000",
              "crossWalletBalance": "23.72469206",
              "crossUnPnl": "0.00000000",
              "availableBalance": "126.72469206",
              "maxWithdrawAmount": "23.72469206",
              "marginAvailable": true,
              "updateTime": 1625474304765
            }
          ],
          "positions": [
            {
              "symbol": "BTCUSDT",
              "initialMargin": "0",
              "maintMargin": "0",
              "unrealizedProfit": "0.00000000",
              "positionInitialMargin": "0",
              "openOrderInitialMargin": "0",
              "leverage": "100",
              "isolated": true,
              "entryPrice": "0.00000",
              "maxNotional": "250000",
              "bidNotional": "0",
              "askNotional": "0",
              "positionSide": "BOTH",
              "positionAmt": "0",
              "updateTime": 0,
              "breakEvenPrice": "0.0"
            }
          ]
        }
      }
    ]
  },
  "getAdlQuantile": {
    "file": "spec/usdm/operations/get-adl-quantile.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/adlQuantile"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "ETHUSDT",
            "adlQuantile": {
              "LONG": 3,
              "SHORT": 3,
              "HEDGE": 0
            }
          },
          {
            "symbol": "BTCUSDT",
            "adlQuantile": {
              "LONG": 1,
              "SHORT": 2,
              "BOTH": 0
            }
          }
        ]
      }
    ]
  },
  "getAggTrades": {
    "file": "spec/usdm/operations/get-agg-trades.yaml",
    "security": "NONE",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/aggTrades"
    },
    "examples": [
      {
        "response": [
          {
            "a": 26129,
            "p": "0.01633102",
            "q": "4.70443515",
            "nq": "4.70443515",
            "f": 27781,
            "l": 27781,
            "T": 1498793709153,
            "m": true
          }
        ]
      }
    ]
  },
  "getAlgoOrder": {
    "file": "spec/usdm/operations/get-algo-order.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/algoOrder"
    },
    "examples": [
      {
        "response": {
          "algoId": 2146760,
          "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
          "algoType": "CONDITIONAL",
          "orderType": "TAKE_PROFIT",
          "symbol": "BNBUSDT",
          "side": "SELL",
          "positionSide": "BOTH",
          "timeInForce": "GTC",
          "quantity": "0.01",
          "algoStatus": "CANCELED",
          "actualOrderId": "",
          "actualPrice": "0.00000",
          "triggerPrice": "750.000",
          "price": "750.000",
          "icebergQuantity": null,
          "tpTriggerPrice": "0.000",
          "tpPrice": "0.000",
          "slTriggerPrice": "0.000",
          "slPrice": "0.000",
          "tpOrderType": "",
          "selfTradePreventionMode": "EXPIRE_MAKER",
          "workingType": "CONTRACT_PRICE",
          "priceMatch": "NONE",
          "closePosition": false,
          "priceProtect": false,
          "reduceOnly": false,
          "createTime": 1750485492076,
          "updateTime": 1750514545091,
          "triggerTime": 0,
          "goodTillDate": 0
        }
      },
      {
        "response": {
          "algoId": 2146760,
          "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
          "algoType": "CONDITIONAL",
          "orderType": "TAKE_PROFIT",
          "symbol": "BNBUSDT",
          "side": "SELL",
          "positionSide": "BOTH",
          "timeInForce": "GTC",
          "quantity": "0.01",
          "algoStatus": "CANCELED",
          "actualOrderId": "",
          "actualPrice": "0.00000",
          "actualType": "LIMIT",
          "actualQty": "0.01",
          "triggerPrice": "750.000",
          "price": "750.000",
          "icebergQuantity": null,
          "tpOrderType": "",
          "selfTradePreventionMode": "EXPIRE_MAKER",
          "workingType": "CONTRACT_PRICE",
          "priceMatch": "NONE",
          "closePosition": false,
          "priceProtect": false,
          "reduceOnly": false,
          "createTime": 1750485492076,
          "updateTime": 1750514545091,
          "triggerTime": 0,
          "goodTillDate": 0
        }
      }
    ]
  },
  "getAllAlgoOrders": {
    "file": "spec/usdm/operations/get-all-algo-orders.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/allAlgoOrders"
    },
    "examples": [
      {
        "response": [
          {
            "algoId": 2146760,
            "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
            "algoType": "CONDITIONAL",
            "orderType": "TAKE_PROFIT",
            "symbol": "BNBUSDT",
            "side": "SELL",
            "positionSide": "BOTH",
            "timeInForce": "GTC",
            "quantity": "0.01",
            "algoStatus": "CANCELED",
            "actualOrderId": "",
            "actualPrice": "0.00000",
            "triggerPrice": "750.000",
            "price": "750.000",
            "icebergQuantity": null,
            "tpTriggerPrice": "0.000",
            "tpPrice": "0.000",
            "slTriggerPrice": "0.000",
            "slPrice": "0.000",
            "tpOrderType": "",
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "workingType": "CONTRACT_PRICE",
            "priceMatch": "NONE",
            "closePosition": false,
            "priceProtect": false,
            "reduceOnly": false,
            "createTime": 1750485492076,
            "updateTime": 1750514545091,
            "triggerTime": 0,
            "goodTillDate": 0
          }
        ]
      }
    ]
  },
  "getAllOrders": {
    "file": "spec/usdm/operations/get-all-orders.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/allOrders"
    },
    "examples": [
      {
        "response": [
          {
            "avgPrice": "0.00000",
            "clientOrderId": "abc",
            "cumQuote": "0",
            "executedQty": "0",
            "orderId": 1917641,
            "origQty": "0.40",
            "origType": "TRAILING_STOP_MARKET",
            "price": "0",
            "reduceOnly": false,
            "side": "BUY",
            "positionSide": "SHORT",
            "status": "NEW",
            "stopPrice": "9300",
            "closePosition": false,
            "symbol": "BTCUSDT",
            "time": 1579276756075,
            "timeInForce": "GTC",
            "type": "TRAILING_STOP_MARKET",
            "activatePrice": "9020",
            "priceRate": "0.3",
            "updateTime": 1579276756075,
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false,
            "priceMatch": "NONE",
            "selfTradePreventionMode": "NONE",
            "goodTillDate": 0
          }
        ]
      }
    ]
  },
  "getApiTradingStatus": {
    "file": "spec/usdm/operations/get-api-trading-status.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/apiTradingStatus"
    },
    "examples": [
      {
        "response": {
          "indicators": {
            "BTCUSDT": [
              {
                "isLocked": true,
                "plannedRecoverTime": 1545741270000,
                "indicator": "UFR",
                "value": 0.05,
                "triggerValue": 0.995
              }
            ],
            "ACCOUNT": [
              {
                "indicator": "TMV",
                "value": 10,
                "triggerValue": 1,
                "plannedRecoverTime": 1644919865000,
                "isLocked": true
              }
            ]
          },
          "updateTime": 1644913304748
        }
      }
    ]
  },
  "getAssetIndex": {
    "file": "spec/usdm/operations/get-asset-index.yaml",
    "security": "NONE",
    "weight": 10,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/assetIndex"
    },
    "examples": [
      {
        "response": {
          "symbol": "ADAUSD",
          "time": 1635740268004,
          "index": "1.92957370",
          "bidBuffer": "0.10000000",
          "askBuffer": "0.10000000",
          "bidRate": "1.73661633",
          "askRate": "2.12253107",
          "autoExchangeBidBuffer": "0.05000000",
          "autoExchangeAskBuffer": "0.05000000",
          "autoExchangeBidRate": "1.83309501",
          "autoExchangeAskRate": "2.02605238"
        }
      },
      {
        "response": [
          {
            "symbol": "ADAUSD",
            "time": 1635740268004,
            "index": "1.92957370",
            "bidBuffer": "0.10000000",
            "askBuffer": "0.10000000",
            "bidRate": "1.73661633",
            "askRate": "2.12253107",
            "autoExchangeBidBuffer": "0.05000000",
            "autoExchangeAskBuffer": "0.05000000",
            "autoExchangeBidRate": "1.83309501",
            "autoExchangeAskRate": "2.02605238"
          }
        ]
      }
    ]
  },
  "getBalance": {
    "file": "spec/usdm/operations/get-balance.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v3/balance"
    },
    "wsApi": "v2/account.balance",
    "examples": [
      {
        "response": [
          {
            "accountAlias": "SgsR",
            "asset": "USDT",
            "balance": "122607.35137903",
            "crossWalletBalance": "23.72469206",
            "crossUnPnl": "0.00000000",
            "availableBalance": "23.72469206",
            "maxWithdrawAmount": "23.72469206",
            "marginAvailable": true,
            "updateTime": 1617939110373
          }
        ]
      }
    ]
  },
  "getBalanceV2": {
    "file": "spec/usdm/operations/get-balance-v2.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v2/balance"
    },
    "wsApi": "account.balance",
    "examples": [
      {
        "params": {},
        "response": [
          {
            "accountAlias": "SgsR",
            "asset": "USDT",
            "balance": "122607.35137903",
            "crossWalletBalance": "23.72469206",
            "crossUnPnl": "0.00000000",
            "availableBalance": "23.72469206",
            "maxWithdrawAmount": "23.72469206",
            "marginAvailable": true,
            "updateTime": 1617939110373
          }
        ]
      }
    ]
  },
  "getBasis": {
    "file": "spec/usdm/operations/get-basis.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/basis"
    },
    "examples": [
      {
        "params": {
          "pair": "BTCUSDT",
          "contractType": "PERPETUAL",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "indexPrice": "34400.15945055",
            "contractType": "PERPETUAL",
            "basisRate": "0.0004",
            "futuresPrice": "34414.10",
            "annualizedBasisRate": "",
            "basis": "13.94054945",
            "pair": "BTCUSDT",
            "timestamp": 1698742800000
          }
        ]
      }
    ]
  },
  "getBook": {
    "file": "spec/usdm/operations/get-book.yaml",
    "security": "NONE",
    "weight": 10,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/depth"
    },
    "wsApi": "depth",
    "examples": [
      {
        "response": {
          "lastUpdateId": 1027024,
          "E": 1589436922972,
          "T": 1589436922959,
          "bids": [
            [
              "4.00000000",
              "431.00000000"
            ]
          ],
          "asks": [
            [
              "4.00000200",
              "12.00000000"
            ]
          ]
        }
      }
    ]
  },
  "getBookTicker": {
    "file": "spec/usdm/operations/get-book-ticker.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/ticker/bookTicker"
    },
    "wsApi": "ticker.book",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "bidPrice": "4.00000000",
          "bidQty": "431.00000000",
          "askPrice": "4.00000200",
          "askQty": "9.00000000",
          "time": 1589437530011
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "bidPrice": "4.00000000",
            "bidQty": "431.00000000",
            "askPrice": "4.00000200",
            "askQty": "9.00000000",
            "time": 1589437530011
          }
        ]
      }
    ]
  },
  "getCommissionRate": {
    "file": "spec/usdm/operations/get-commission-rate.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/commissionRate"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT"
        },
        "response": {
          "symbol": "BTCUSDT",
          "makerCommissionRate": "0.0002",
          "takerCommissionRate": "0.0004",
          "rpiCommissionRate": "0.00005"
        }
      }
    ]
  },
  "getConstituents": {
    "file": "spec/usdm/operations/get-constituents.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/constituents"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT"
        },
        "response": {
          "symbol": "BTCUSDT",
          "time": 1745401553408,
          "constituents": [
            {
              "exchange": "binance",
              "symbol": "BTCUSDT",
              "price": "94057.03000000",
              "weight": "0.51282051"
            },
            {
              "exchange": "coinbase",
              "symbol": "BTC-USDT",
              "price": "94140.58000000",
              "weight": "0.15384615"
            }
          ]
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "time": 1697421272043,
          "constituents": [
            {
              "exchange": "binance",
              "symbol": "BTCUSDT"
            },
            {
              "exchange": "okex",
              "symbol": "BTC-USDT"
            }
          ]
        }
      }
    ]
  },
  "getContinuousKlines": {
    "file": "spec/usdm/operations/get-continuous-klines.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/continuousKlines"
    },
    "examples": [
      {
        "params": {
          "pair": "BTCUSDT",
          "contractType": "PERPETUAL",
          "interval": "1m",
          "limit": 5
        },
        "response": [
          [
            1607444700000,
            "18879.99",
            "18900.00",
            "18878.98",
            "18896.13",
            "492.363",
            1607444999999,
            "9302145.66080",
            1874,
            "385.983",
            "7292402.33267",
            "0"
          ]
        ]
      }
    ]
  },
  "getDeliveryPrice": {
    "file": "spec/usdm/operations/get-delivery-price.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/delivery-price"
    },
    "examples": [
      {
        "params": {
          "pair": "BTCUSDT"
        },
        "response": [
          {
            "deliveryTime": 1695945600000,
            "deliveryPrice": 27103
          },
          {
            "deliveryTime": 1688083200000,
            "deliveryPrice": 30733.6
          }
        ]
      }
    ]
  },
  "getExchangeInfo": {
    "file": "spec/usdm/operations/get-exchange-info.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/exchangeInfo"
    },
    "examples": [
      {
        "response": {
          "exchangeFilters": [],
          "rateLimits": [
            {
              "interval": "MINUTE",
              "intervalNum": 1,
              "limit": 2400,
              "rateLimitType": "REQUEST_WEIGHT"
            },
            {
              "interval": "MINUTE",
              "intervalNum": 1,
              "limit": 1200,
              "rateLimitType": "ORDERS"
            }
          ],
          "serverTime": 1565613908500,
          "assets": [
            {
              "asset": "BUSD",
              "marginAvailable": true,
              "autoAssetExchange": "0"
            },
            {
              "asset": "USDT",
              "marginAvailable": true,
              "autoAssetExchange": "0"
            },
            {
              "asset": "BNB",
              "marginAvailable": false,
              "autoAssetExchange": null
            }
          ],
          "symbols": [
            {
              "symbol": "BLZUSDT",
              "pair": "BLZUSDT",
              "contractType": "PERPETUAL",
              "deliveryDate": 4133404800000,
              "onboardDate": 1598252400000,
              "status": "TRADING",
              "maintMarginPercent": "2.5000",
              "requiredMarginPercent": "5.0000",
              "baseAsset": "BLZ",
              "quoteAsset": "USDT",
              "marginAsset": "USDT",
              "pricePrecision": 5,
              "quantityPrecision": 0,
              "baseAssetPrecision": 8,
              "quotePrecision": 8,
              "underlyingType": "COIN",
              "underlyingSubType": [
                "STORAGE"
              ],
              "settlePlan": 0,
              "triggerProtect": "0.15",
              "filters": [
                {
                  "filterType": "PRICE_FILTER",
                  "maxPrice": "300",
                  "minPrice": "0.0001",
                  "tickSize": "0.0001"
                },
                {
                  "filterType": "LOT_SIZE",
                  "maxQty": "10000000",
                  "minQty": "1",
                  "stepSize": "1"
                },
                {
                  "filterType": "MARKET_LOT_SIZE",
                  "maxQty": "590119",
                  "minQty": "1",
                  "stepSize": "1"
                },
                {
                  "filterType": "MAX_NUM_ORDERS",
                  "limit": 200
                },
                {
                  "filterType": "MAX_NUM_ALGO_ORDERS",
                  "limit": 10
                },
                {
                  "filterType": "MIN_NOTIONAL",
                  "notional": "5.0"
                },
                {
                  "filterType": "PERCENT_PRICE",
                  "multiplierUp": "1.1500",
                  "multiplierDown": "0.8500",
                  "multiplierDecimal": 4
                }
              ],
              "orderTypes": [
                "LIMIT",
                "MARKET",
                "STOP",
                "STOP_MARKET",
                "TAKE_PROFIT",
                "TAKE_PROFIT_MARKET",
                "TRAILING_STOP_MARKET"
              ],
              "timeInForce": [
                "GTC",
                "IOC",
                "FOK",
                "GTX"
              ],
              "liquidationFee": "0.010000",
              "marketTakeBound": "0.30"
            }
          ],
          "timezone": "UTC"
        }
      }
    ]
  },
  "getFeeBurn": {
    "file": "spec/usdm/operations/get-fee-burn.yaml",
    "security": "USER_DATA",
    "weight": 30,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/feeBurn"
    },
    "examples": [
      {
        "response": {
          "feeBurn": true
        }
      }
    ]
  },
  "getForceOrders": {
    "file": "spec/usdm/operations/get-force-orders.yaml",
    "security": "USER_DATA",
    "weight": 50,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/forceOrders"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT"
        },
        "response": [
          {
            "orderId": 6071832819,
            "symbol": "BTCUSDT",
            "status": "FILLED",
            "clientOrderId": "autoclose-1596107620040000020",
            "price": "10871.09",
            "avgPrice": "10913.21000",
            "origQty": "0.001",
            "executedQty": "0.001",
            "cumQuote": "10.91321",
            "timeInForce": "IOC",
            "type": "LIMIT",
            "reduceOnly": false,
            "closePosition": false,
            "side": "SELL",
            "positionSide": "BOTH",
            "stopPrice": "0",
            "workingType": "CONTRACT_PRICE",
            "origType": "LIMIT",
            "time": 1596107620044,
            "updateTime": 1596107620087
          }
        ]
      }
    ]
  },
  "getFundingInfo": {
    "file": "spec/usdm/operations/get-funding-info.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/fundingInfo"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "BLZUSDT",
            "adjustedFundingRateCap": "0.02500000",
            "adjustedFundingRateFloor": "-0.02500000",
            "fundingIntervalHours": 8,
            "disclaimer": false
          }
        ]
      }
    ]
  },
  "getFundingRateHistory": {
    "file": "spec/usdm/operations/get-funding-rate-history.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/fundingRate"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "fundingRate": "-0.03750000",
            "fundingTime": 1570608000000,
            "markPrice": "34287.54619963"
          },
          {
            "symbol": "BTCUSDT",
            "fundingRate": "0.00010000",
            "fundingTime": 1570636800000,
            "markPrice": "34287.54619963"
          }
        ]
      }
    ]
  },
  "getGlobalLongShortAccountRatio": {
    "file": "spec/usdm/operations/get-global-long-short-account-ratio.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/globalLongShortAccountRatio"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "0.1960",
            "longAccount": "0.6622",
            "shortAccount": "0.3378",
            "timestamp": 1583139600000
          },
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "1.9559",
            "longAccount": "0.6617",
            "shortAccount": "0.3382",
            "timestamp": 1583139900000
          }
        ]
      }
    ]
  },
  "getHistoricalTrades": {
    "file": "spec/usdm/operations/get-historical-trades.yaml",
    "security": "USER_STREAM",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/historicalTrades"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "limit": 5
        },
        "response": [
          {
            "id": 28457,
            "price": "4.00000100",
            "qty": "12.00000000",
            "quoteQty": "8000.00",
            "time": 1499865549590,
            "isBuyerMaker": true,
            "isRPITrade": true
          }
        ]
      }
    ]
  },
  "getIncomeHistory": {
    "file": "spec/usdm/operations/get-income-history.yaml",
    "security": "USER_DATA",
    "weight": 30,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/income"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "",
            "incomeType": "TRANSFER",
            "income": "-0.37500000",
            "asset": "USDT",
            "info": "TRANSFER",
            "time": 1570608000000,
            "tranId": 9689322392,
            "tradeId": ""
          }
        ]
      }
    ]
  },
  "getIndexInfo": {
    "file": "spec/usdm/operations/get-index-info.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/indexInfo"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "DEFIUSDT",
            "time": 1589437530011,
            "component": "baseAsset",
            "baseAssetList": [
              {
                "baseAsset": "BAL",
                "quoteAsset": "USDT",
                "weightInQuantity": "1.04406228",
                "weightInPercentage": "0.02783900"
              },
              {
                "baseAsset": "BAND",
                "quoteAsset": "USDT",
                "weightInQuantity": "3.53782729",
                "weightInPercentage": "0.03935200"
              }
            ]
          }
        ]
      }
    ]
  },
  "getIndexPriceKlines": {
    "file": "spec/usdm/operations/get-index-price-klines.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/indexPriceKlines"
    },
    "examples": [
      {
        "params": {
          "pair": "BTCUSDT",
          "interval": "1m",
          "limit": 5
        },
        "response": [
          [
            1591256400000,
            "9653.69440000",
            "9653.69640000",
            "9651.38600000",
            "9651.55200000",
            "0",
            1591256459999,
            "0",
            60,
            "0",
            "0",
            "0"
          ]
        ]
      }
    ]
  },
  "getInsuranceBalance": {
    "file": "spec/usdm/operations/get-insurance-balance.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/insuranceBalance"
    },
    "examples": [
      {
        "response": {
          "symbols": [
            "BNBUSDT",
            "BTCUSDT",
            "BTCUSDT_250627",
            "BTCUSDT_250926",
            "ETHBTC",
            "ETHUSDT",
            "ETHUSDT_250627",
            "ETHUSDT_250926"
          ],
          "assets": [
            {
              "asset": "USDC",
              "marginBalance": "299999998.6497832",
              "updateTime": 1745366402000
            },
            {
              "asset": "USDT",
              "marginBalance": "793930579.315848",
              "updateTime": 1745366402000
            }
          ]
        }
      }
    ]
  },
  "getKlines": {
    "file": "spec/usdm/operations/get-klines.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/klines"
    },
    "examples": [
      {
        "response": [
          [
            1499040000000,
            "0.01634790",
            "0.80000000",
            "0.01575800",
            "0.01577100",
            "148976.11427815",
            1499644799999,
            "2434.19055334",
            308,
            "1756.87402397",
            "28.46694368",
            "17928899.62484339"
          ]
        ]
      }
    ]
  },
  "getLeverageBracket": {
    "file": "spec/usdm/operations/get-leverage-bracket.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/leverageBracket"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "ETHUSDT",
            "notionalCoef": 1.5,
            "brackets": [
              {
                "bracket": 1,
                "initialLeverage": 75,
                "notionalCap": 10000,
                "notionalFloor": 0,
                "maintMarginRatio": 0.0065,
                "cum": 0
              }
            ]
          }
        ]
      },
      {
        "response": {
          "symbol": "ETHUSDT",
          "notionalCoef": 1.5,
          "brackets": [
            {
              "bracket": 1,
              "initialLeverage": 75,
              "notionalCap": 10000,
              "notionalFloor": 0,
              "maintMarginRatio": 0.0065,
              "cum": 0
            }
          ]
        }
      }
    ]
  },
  "getMarkPriceKlines": {
    "file": "spec/usdm/operations/get-mark-price-klines.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/markPriceKlines"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "interval": "1m",
          "limit": 5
        },
        "response": [
          [
            1591256460000,
            "9653.29201333",
            "9654.56401333",
            "9653.07367333",
            "9653.07367333",
            "0",
            1591256519999,
            "0",
            60,
            "0",
            "0",
            "0"
          ]
        ]
      }
    ]
  },
  "getMultiAssetsMode": {
    "file": "spec/usdm/operations/get-multi-assets-mode.yaml",
    "security": "USER_DATA",
    "weight": 30,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/multiAssetsMargin"
    },
    "examples": [
      {
        "response": {
          "multiAssetsMargin": true
        }
      }
    ]
  },
  "getMyTrades": {
    "file": "spec/usdm/operations/get-my-trades.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/userTrades"
    },
    "examples": [
      {
        "response": [
          {
            "buyer": false,
            "commission": "0.07819010",
            "commissionAsset": "USDT",
            "id": 698759,
            "maker": false,
            "orderId": 25851813,
            "price": "7819.01",
            "qty": "0.002",
            "quoteQty": "15.63802",
            "realizedPnl": "-0.91539999",
            "side": "SELL",
            "positionSide": "SHORT",
            "symbol": "BTCUSDT",
            "time": 1569514978020
          }
        ]
      }
    ]
  },
  "getOpenAlgoOrders": {
    "file": "spec/usdm/operations/get-open-algo-orders.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/openAlgoOrders"
    },
    "examples": [
      {
        "response": [
          {
            "algoId": 2148627,
            "clientAlgoId": "MRumok0dkhrP4kCm12AHaB",
            "algoType": "CONDITIONAL",
            "orderType": "TAKE_PROFIT",
            "symbol": "BNBUSDT",
            "side": "SELL",
            "positionSide": "BOTH",
            "timeInForce": "GTC",
            "quantity": "0.01",
            "algoStatus": "NEW",
            "actualOrderId": "",
            "actualPrice": "0.00000",
            "triggerPrice": "750.000",
            "price": "750.000",
            "icebergQuantity": null,
            "tpTriggerPrice": "0.000",
            "tpPrice": "0.000",
            "slTriggerPrice": "0.000",
            "slPrice": "0.000",
            "tpOrderType": "",
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "workingType": "CONTRACT_PRICE",
            "priceMatch": "NONE",
            "closePosition": false,
            "priceProtect": false,
            "reduceOnly": false,
            "createTime": 1750514941540,
            "updateTime": 1750514941540,
            "triggerTime": 0,
            "goodTillDate": 0
          }
        ]
      }
    ]
  },
  "getOpenInterest": {
    "file": "spec/usdm/operations/get-open-interest.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/openInterest"
    },
    "examples": [
      {
        "response": {
          "openInterest": "10659.509",
          "symbol": "BTCUSDT",
          "time": 1589437530011
        }
      }
    ]
  },
  "getOpenInterestHist": {
    "file": "spec/usdm/operations/get-open-interest-hist.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/openInterestHist"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "symbol": "BTCUSDT",
            "sumOpenInterest": "20403.12345678",
            "sumOpenInterestValue": "176196512.12345678",
            "CMCCirculatingSupply": "165880.538",
            "timestamp": 1591261042378
          }
        ]
      }
    ]
  },
  "getOpenOrder": {
    "file": "spec/usdm/operations/get-open-order.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/openOrder"
    },
    "examples": [
      {
        "response": {
          "avgPrice": "0.00000",
          "clientOrderId": "abc",
          "cumQuote": "0",
          "executedQty": "0",
          "orderId": 1917641,
          "origQty": "0.40",
          "origType": "TRAILING_STOP_MARKET",
          "price": "0",
          "reduceOnly": false,
          "side": "BUY",
          "positionSide": "SHORT",
          "status": "NEW",
          "stopPrice": "9300",
          "closePosition": false,
          "symbol": "BTCUSDT",
          "time": 1579276756075,
          "timeInForce": "GTC",
          "type": "TRAILING_STOP_MARKET",
          "activatePrice": "9020",
          "priceRate": "0.3",
          "updateTime": 1579276756075,
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 0
        }
      }
    ]
  },
  "getOpenOrders": {
    "file": "spec/usdm/operations/get-open-orders.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/openOrders"
    },
    "examples": [
      {
        "response": [
          {
            "avgPrice": "0.00000",
            "clientOrderId": "abc",
            "cumQuote": "0",
            "executedQty": "0",
            "orderId": 1917641,
            "origQty": "0.40",
            "origType": "TRAILING_STOP_MARKET",
            "price": "0",
            "reduceOnly": false,
            "side": "BUY",
            "positionSide": "SHORT",
            "status": "NEW",
            "stopPrice": "9300",
            "closePosition": false,
            "symbol": "BTCUSDT",
            "time": 1579276756075,
            "timeInForce": "GTC",
            "type": "TRAILING_STOP_MARKET",
            "activatePrice": "9020",
            "priceRate": "0.3",
            "updateTime": 1579276756075,
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false,
            "priceMatch": "NONE",
            "selfTradePreventionMode": "NONE",
            "goodTillDate": 0
          }
        ]
      }
    ]
  },
  "getOrder": {
    "file": "spec/usdm/operations/get-order.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/order"
    },
    "wsApi": "order.status",
    "examples": [
      {
        "response": {
          "avgPrice": "0.00000",
          "clientOrderId": "abc",
          "cumQuote": "0",
          "executedQty": "0",
          "orderId": 1917641,
          "origQty": "0.40",
          "origType": "TRAILING_STOP_MARKET",
          "price": "0",
          "reduceOnly": false,
          "side": "BUY",
          "positionSide": "SHORT",
          "status": "NEW",
          "stopPrice": "9300",
          "closePosition": false,
          "symbol": "BTCUSDT",
          "time": 1579276756075,
          "timeInForce": "GTC",
          "type": "TRAILING_STOP_MARKET",
          "activatePrice": "9020",
          "priceRate": "0.3",
          "updateTime": 1579276756075,
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 0
        }
      }
    ]
  },
  "getOrderAmendments": {
    "file": "spec/usdm/operations/get-order-amendments.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/orderAmendment"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "orderId": 1
        },
        "response": [
          {
            "amendmentId": 5363,
            "symbol": "BTCUSDT",
            "pair": "BTCUSDT",
            "orderId": 20072994037,
            "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
            "time": 1629184560899,
            "amendment": {
              "price": {
                "before": "30004",
                "after": "30003.2"
              },
              "origQty": {
                "before": "1",
                "after": "1"
              },
              "count": 3
            }
          }
        ]
      }
    ]
  },
  "getOrderRateLimit": {
    "file": "spec/usdm/operations/get-order-rate-limit.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/rateLimit/order"
    },
    "examples": [
      {
        "response": [
          {
            "rateLimitType": "ORDERS",
            "interval": "SECOND",
            "intervalNum": 10,
            "limit": 10000
          },
          {
            "rateLimitType": "ORDERS",
            "interval": "MINUTE",
            "intervalNum": 1,
            "limit": 20000
          }
        ]
      }
    ]
  },
  "getPositionMarginHistory": {
    "file": "spec/usdm/operations/get-position-margin-history.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/positionMargin/history"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT"
        },
        "response": [
          {
            "symbol": "BTCUSDT",
            "type": 1,
            "deltaType": "USER_ADJUST",
            "amount": "23.36332311",
            "asset": "USDT",
            "time": 1578047897183,
            "positionSide": "BOTH"
          },
          {
            "symbol": "BTCUSDT",
            "type": 1,
            "deltaType": "USER_ADJUST",
            "amount": "100",
            "asset": "USDT",
            "time": 1578047900425,
            "positionSide": "LONG"
          }
        ]
      }
    ]
  },
  "getPositionMode": {
    "file": "spec/usdm/operations/get-position-mode.yaml",
    "security": "USER_DATA",
    "weight": 30,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/positionSide/dual"
    },
    "examples": [
      {
        "response": {
          "dualSidePosition": true
        }
      }
    ]
  },
  "getPositionRisk": {
    "file": "spec/usdm/operations/get-position-risk.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v3/positionRisk"
    },
    "wsApi": "v2/account.position",
    "examples": [
      {
        "response": [
          {
            "symbol": "ADAUSDT",
            "positionSide": "BOTH",
            "positionAmt": "30",
            "entryPrice": "0.385",
            "breakEvenPrice": "0.385077",
            "markPrice": "0.41047590",
            "unRealizedProfit": "0.76427700",
            "liquidationPrice": "0",
            "isolatedMargin": "0",
            "notional": "12.31427700",
            "marginAsset": "USDT",
            "isolatedWallet": "0",
            "initialMargin": "0.61571385",
            "maintMargin": "0.08004280",
            "positionInitialMargin": "0.61571385",
            "openOrderInitialMargin": "0",
            "adl": 2,
            "bidNotional": "0",
            "askNotional": "0",
            "updateTime": 1720736417660
          }
        ]
      }
    ]
  },
  "getPositionRiskV2": {
    "file": "spec/usdm/operations/get-position-risk-v2.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v2/positionRisk"
    },
    "wsApi": "account.position",
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT"
        },
        "response": [
          {
            "entryPrice": "0.00000",
            "breakEvenPrice": "0.0",
            "marginType": "isolated",
            "isAutoAddMargin": "false",
            "isolatedMargin": "0.00000000",
            "leverage": "10",
            "liquidationPrice": "0",
            "markPrice": "6679.50671178",
            "maxNotionalValue": "20000000",
            "positionAmt": "0.000",
            "notional": "0",
            "isolatedWallet": "0",
            "symbol": "BTCUSDT",
            "unRealizedProfit": "0.00000000",
            "positionSide": "BOTH",
            "updateTime": 1625474304765
          }
        ]
      }
    ]
  },
  "getPremiumIndex": {
    "file": "spec/usdm/operations/get-premium-index.yaml",
    "security": "NONE",
    "weight": 10,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/premiumIndex"
    },
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "markPrice": "11793.63104562",
          "indexPrice": "11781.80495970",
          "estimatedSettlePrice": "11781.16138815",
          "lastFundingRate": "0.00038246",
          "interestRate": "0.00010000",
          "nextFundingTime": 1597392000000,
          "time": 1597370495002
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "markPrice": "11793.63104562",
            "indexPrice": "11781.80495970",
            "estimatedSettlePrice": "11781.16138815",
            "lastFundingRate": "0.00038246",
            "interestRate": "0.00010000",
            "nextFundingTime": 1597392000000,
            "time": 1597370495002
          }
        ]
      }
    ]
  },
  "getPremiumIndexKlines": {
    "file": "spec/usdm/operations/get-premium-index-klines.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/premiumIndexKlines"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "interval": "1m",
          "limit": 5
        },
        "response": [
          [
            1691603820000,
            "-0.00042931",
            "-0.00023641",
            "-0.00059406",
            "-0.00043659",
            "0",
            1691603879999,
            "0",
            12,
            "0",
            "0",
            "0"
          ]
        ]
      }
    ]
  },
  "getPriceTicker": {
    "file": "spec/usdm/operations/get-price-ticker.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/ticker/price"
    },
    "wsApi": "ticker.price",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "price": "6000.01",
          "time": 1589437530011
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "price": "6000.01",
            "time": 1589437530011
          }
        ]
      }
    ]
  },
  "getPriceTickerV2": {
    "file": "spec/usdm/operations/get-price-ticker-v2.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/fapi/v2/ticker/price"
    },
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "price": "6000.01",
          "time": 1589437530011
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "price": "6000.01",
            "time": 1589437530011
          }
        ]
      }
    ]
  },
  "getRecentTrades": {
    "file": "spec/usdm/operations/get-recent-trades.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/trades"
    },
    "examples": [
      {
        "response": [
          {
            "id": 28457,
            "price": "4.00000100",
            "qty": "12.00000000",
            "quoteQty": "48.00",
            "time": 1499865549590,
            "isBuyerMaker": true,
            "isRPITrade": true
          }
        ]
      }
    ]
  },
  "getRpiBook": {
    "file": "spec/usdm/operations/get-rpi-book.yaml",
    "security": "NONE",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/rpiDepth"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "limit": 1000
        },
        "response": {
          "lastUpdateId": 1027024,
          "E": 1589436922972,
          "T": 1589436922959,
          "bids": [
            [
              "4.00000000",
              "431.00000000"
            ]
          ],
          "asks": [
            [
              "4.00000200",
              "12.00000000"
            ]
          ]
        }
      }
    ]
  },
  "getServerTime": {
    "file": "spec/usdm/operations/get-server-time.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/time"
    },
    "examples": [
      {
        "response": {
          "serverTime": 1499827319559
        }
      }
    ]
  },
  "getSymbolAdlRisk": {
    "file": "spec/usdm/operations/get-symbol-adl-risk.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/symbolAdlRisk"
    },
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "adlRisk": "low",
          "updateTime": 1597370495002
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "adlRisk": "low",
            "updateTime": 1597370495002
          },
          {
            "symbol": "ETHUSDT",
            "adlRisk": "high",
            "updateTime": 1597370495004
          }
        ]
      }
    ]
  },
  "getSymbolConfig": {
    "file": "spec/usdm/operations/get-symbol-config.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/symbolConfig"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "marginType": "CROSSED",
            "isAutoAddMargin": false,
            "leverage": 21,
            "maxNotionalValue": "1000000"
          }
        ]
      }
    ]
  },
  "getTakerLongShortRatio": {
    "file": "spec/usdm/operations/get-taker-long-short-ratio.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/takerlongshortRatio"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "buySellRatio": "1.5586",
            "buyVol": "387.3300",
            "sellVol": "248.5030",
            "timestamp": 1585614900000
          },
          {
            "buySellRatio": "1.3104",
            "buyVol": "343.9290",
            "sellVol": "248.5030",
            "timestamp": 1583139900000
          }
        ]
      }
    ]
  },
  "getTopLongShortAccountRatio": {
    "file": "spec/usdm/operations/get-top-long-short-account-ratio.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/topLongShortAccountRatio"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "1.8105",
            "longAccount": "0.6442",
            "shortAccount": "0.3558",
            "timestamp": 1583139600000
          },
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "0.5576",
            "longAccount": "0.3580",
            "shortAccount": "0.6420",
            "timestamp": 1583139900000
          }
        ]
      }
    ]
  },
  "getTopLongShortPositionRatio": {
    "file": "spec/usdm/operations/get-top-long-short-position-ratio.yaml",
    "security": "NONE",
    "weight": 0,
    "rest": {
      "method": "GET",
      "path": "/futures/data/topLongShortPositionRatio"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "period": "5m",
          "limit": 5
        },
        "response": [
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "1.4342",
            "longAccount": "0.5891",
            "shortAccount": "0.4108",
            "timestamp": 1583139600000
          },
          {
            "symbol": "BTCUSDT",
            "longShortRatio": "1.4337",
            "longAccount": "0.3583",
            "shortAccount": "0.6417",
            "timestamp": 1583139900000
          }
        ]
      }
    ]
  },
  "getTradingSchedule": {
    "file": "spec/usdm/operations/get-trading-schedule.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/tradingSchedule"
    },
    "examples": [
      {
        "response": {
          "updateTime": 1761286643918,
          "marketSchedules": {
            "EQUITY": {
              "sessions": [
                {
                  "startTime": 1761177600000,
                  "endTime": 1761206400000,
                  "type": "OVERNIGHT"
                },
                {
                  "startTime": 1761206400000,
                  "endTime": 1761226200000,
                  "type": "PRE_MARKET"
                }
              ]
            },
            "COMMODITY": {
              "sessions": [
                {
                  "startTime": 1761724800000,
                  "endTime": 1761744600000,
                  "type": "NO_TRADING"
                },
                {
                  "startTime": 1761744600000,
                  "endTime": 1761768000000,
                  "type": "REGULAR"
                }
              ]
            },
            "KR_EQUITY": {
              "sessions": [
                {
                  "startTime": 1779958800000,
                  "endTime": 1780009200000,
                  "type": "NO_TRADING"
                },
                {
                  "startTime": 1780009200000,
                  "endTime": 1780030800000,
                  "type": "REGULAR"
                }
              ]
            }
          }
        }
      }
    ]
  },
  "modifyBatchOrders": {
    "file": "spec/usdm/operations/modify-batch-orders.yaml",
    "security": "TRADE",
    "weight": 5,
    "rest": {
      "method": "PUT",
      "path": "/fapi/v1/batchOrders"
    },
    "examples": [
      {
        "response": [
          {
            "orderId": 20072994037,
            "symbol": "BTCUSDT",
            "pair": "BTCUSDT",
            "status": "NEW",
            "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
            "price": "30005",
            "avgPrice": "0.0",
            "origQty": "1",
            "executedQty": "0",
            "cumQty": "0",
            "cumBase": "0",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "reduceOnly": false,
            "closePosition": false,
            "side": "BUY",
            "positionSide": "LONG",
            "stopPrice": "0",
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false,
            "origType": "LIMIT",
            "priceMatch": "NONE",
            "selfTradePreventionMode": "NONE",
            "goodTillDate": 0,
            "updateTime": 1629182711600
          },
          {
            "code": -2022,
            "msg": "ReduceOnly Order is rejected."
          }
        ]
      }
    ]
  },
  "modifyOrder": {
    "file": "spec/usdm/operations/modify-order.yaml",
    "security": "TRADE",
    "weight": 0,
    "rest": {
      "method": "PUT",
      "path": "/fapi/v1/order"
    },
    "wsApi": "order.modify",
    "examples": [
      {
        "response": {
          "orderId": 20072994037,
          "symbol": "BTCUSDT",
          "pair": "BTCUSDT",
          "status": "NEW",
          "clientOrderId": "LJ9R4QZDihCaS8UAOOLpgW",
          "modifyId": 1,
          "price": "30005",
          "origQty": "1",
          "executedQty": "0",
          "cumQty": "0",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "reduceOnly": false,
          "closePosition": false,
          "side": "BUY",
          "positionSide": "LONG",
          "stopPrice": "0",
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "origType": "LIMIT",
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 0,
          "updateTime": 1629182711600
        }
      }
    ]
  },
  "ping": {
    "file": "spec/usdm/operations/ping.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/fapi/v1/ping"
    },
    "examples": [
      {
        "response": {}
      }
    ]
  },
  "placeAlgoOrder": {
    "file": "spec/usdm/operations/place-algo-order.yaml",
    "security": "TRADE",
    "weight": 0,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/algoOrder"
    },
    "wsApi": "algoOrder.place",
    "examples": [
      {
        "response": {
          "algoId": 2146760,
          "clientAlgoId": "6B2I9XVcJpCjqPAJ4YoFX7",
          "algoType": "CONDITIONAL",
          "orderType": "TAKE_PROFIT",
          "symbol": "BNBUSDT",
          "side": "SELL",
          "positionSide": "BOTH",
          "timeInForce": "GTC",
          "quantity": "0.01",
          "algoStatus": "NEW",
          "triggerPrice": "750.000",
          "price": "750.000",
          "icebergQuantity": null,
          "selfTradePreventionMode": "EXPIRE_MAKER",
          "workingType": "CONTRACT_PRICE",
          "priceMatch": "NONE",
          "closePosition": false,
          "priceProtect": false,
          "reduceOnly": false,
          "activatePrice": "",
          "callbackRate": "",
          "createTime": 1750485492076,
          "updateTime": 1750485492076,
          "triggerTime": 0,
          "goodTillDate": 0
        }
      }
    ]
  },
  "placeBatchOrders": {
    "file": "spec/usdm/operations/place-batch-orders.yaml",
    "security": "TRADE",
    "weight": 5,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/batchOrders"
    },
    "examples": [
      {
        "response": [
          {
            "clientOrderId": "testOrder",
            "cumQty": "0",
            "cumQuote": "0",
            "executedQty": "0",
            "orderId": 22542179,
            "avgPrice": "0.00000",
            "origQty": "10",
            "price": "0",
            "reduceOnly": false,
            "side": "BUY",
            "positionSide": "SHORT",
            "status": "NEW",
            "stopPrice": "9300",
            "closePosition": false,
            "symbol": "BTCUSDT",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "origType": "LIMIT",
            "updateTime": 1566818724722,
            "workingType": "CONTRACT_PRICE",
            "priceProtect": false,
            "priceMatch": "NONE",
            "selfTradePreventionMode": "NONE",
            "goodTillDate": 0
          },
          {
            "code": -2022,
            "msg": "ReduceOnly Order is rejected."
          }
        ]
      }
    ]
  },
  "placeOrder": {
    "file": "spec/usdm/operations/place-order.yaml",
    "security": "TRADE",
    "weight": 0,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/order"
    },
    "wsApi": "order.place",
    "examples": [
      {
        "response": {
          "clientOrderId": "testOrder",
          "cumQty": "0",
          "executedQty": "0",
          "orderId": 22542179,
          "origQty": "10",
          "price": "0",
          "reduceOnly": false,
          "side": "SELL",
          "positionSide": "SHORT",
          "status": "NEW",
          "stopPrice": "0",
          "closePosition": false,
          "symbol": "BTCUSDT",
          "timeInForce": "GTD",
          "type": "LIMIT",
          "origType": "LIMIT",
          "updateTime": 1566818724722,
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 1693207680000
        }
      }
    ]
  },
  "renewListenKey": {
    "file": "spec/usdm/operations/renew-listen-key.yaml",
    "security": "USER_STREAM",
    "weight": 1,
    "rest": {
      "method": "PUT",
      "path": "/fapi/v1/listenKey"
    },
    "wsApi": "userDataStream.ping",
    "examples": [
      {
        "response": {
          "listenKey": "3HBntNTepshgEdjIwSUIBgB9keLyOCg5qv3n6bYAtktG8ejcaW5HXz9Vx1JgIieg"
        }
      }
    ]
  },
  "setCountdownCancelAll": {
    "file": "spec/usdm/operations/set-countdown-cancel-all.yaml",
    "security": "TRADE",
    "weight": 10,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/countdownCancelAll"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "countdownTime": 100000
        },
        "response": {
          "symbol": "BTCUSDT",
          "countdownTime": "100000"
        }
      }
    ]
  },
  "testOrder": {
    "file": "spec/usdm/operations/test-order.yaml",
    "security": "TRADE",
    "weight": 0,
    "rest": {
      "method": "POST",
      "path": "/fapi/v1/order/test"
    },
    "examples": [
      {
        "params": {
          "symbol": "BTCUSDT",
          "side": "BUY",
          "type": "MARKET",
          "quantity": "0.01"
        },
        "response": {
          "clientOrderId": "testOrder",
          "cumQty": "0",
          "cumQuote": "0",
          "executedQty": "0",
          "orderId": 22542179,
          "avgPrice": "0.00000",
          "origQty": "10",
          "price": "0",
          "reduceOnly": false,
          "side": "SELL",
          "positionSide": "SHORT",
          "status": "NEW",
          "stopPrice": "0",
          "closePosition": false,
          "symbol": "BTCUSDT",
          "timeInForce": "GTD",
          "type": "TRAILING_STOP_MARKET",
          "origType": "TRAILING_STOP_MARKET",
          "activatePrice": "9020",
          "priceRate": "0.3",
          "updateTime": 1566818724722,
          "workingType": "CONTRACT_PRICE",
          "priceProtect": false,
          "priceMatch": "NONE",
          "selfTradePreventionMode": "NONE",
          "goodTillDate": 1693207680000
        }
      }
    ]
  }
};

/** A user data event's spec file, its `e`, and its example payloads (for the local exchange's `emitUserData`). */
export type UserDataExamples = { readonly file: string; readonly eventType: string; readonly payloads: readonly object[] };

/** Example payloads of every user data event, by event name. */
export const userDataExamples: Readonly<Record<string, UserDataExamples>> = {
  "accountConfigUpdate": {
    "file": "spec/usdm/user-data/account-config-update.yaml",
    "eventType": "ACCOUNT_CONFIG_UPDATE",
    "payloads": [
      {
        "e": "ACCOUNT_CONFIG_UPDATE",
        "E": 1611646737479,
        "T": 1611646737476,
        "ac": {
          "s": "BTCUSDT",
          "l": 25
        }
      },
      {
        "e": "ACCOUNT_CONFIG_UPDATE",
        "E": 1611646737479,
        "T": 1611646737476,
        "ai": {
          "j": true
        }
      }
    ]
  },
  "accountUpdate": {
    "file": "spec/usdm/user-data/account-update.yaml",
    "eventType": "ACCOUNT_UPDATE",
    "payloads": [
      {
        "e": "ACCOUNT_UPDATE",
        "E": 1564745798939,
        "T": 1564745798938,
        "a": {
          "m": "ORDER",
          "B": [
            {
              "a": "USDT",
              "wb": "122624.12345678",
              "cw": "100.12345678",
              "bc": "50.12345678"
            },
            {
              "a": "BUSD",
              "wb": "1.00000000",
              "cw": "0.00000000",
              "bc": "-49.12345678"
            }
          ],
          "P": [
            {
              "s": "BTCUSDT",
              "pa": "0",
              "ep": "0.00000",
              "bep": "0",
              "cr": "200",
              "up": "0",
              "mt": "isolated",
              "iw": "0.00000000",
              "ps": "BOTH"
            },
            {
              "s": "BTCUSDT",
              "pa": "20",
              "ep": "6563.66500",
              "bep": "0",
              "cr": "0",
              "up": "2850.21200",
              "mt": "isolated",
              "iw": "13200.70726908",
              "ps": "LONG"
            },
            {
              "s": "BTCUSDT",
              "pa": "-10",
              "ep": "6563.86000",
              "bep": "6563.6",
              "cr": "-45.04000000",
              "up": "-1423.15600",
              "mt": "isolated",
              "iw": "6570.42511771",
              "ps": "SHORT"
            }
          ]
        }
      }
    ]
  },
  "algoUpdate": {
    "file": "spec/usdm/user-data/algo-update.yaml",
    "eventType": "ALGO_UPDATE",
    "payloads": [
      {
        "e": "ALGO_UPDATE",
        "T": 1750515742297,
        "E": 1750515742303,
        "o": {
          "caid": "Q5xaq5EGKgXXa0fD7fs0Ip",
          "aid": 2148719,
          "at": "CONDITIONAL",
          "o": "TAKE_PROFIT",
          "s": "BNBUSDT",
          "S": "SELL",
          "ps": "BOTH",
          "f": "GTC",
          "q": "0.01",
          "X": "CANCELED",
          "ai": "",
          "ap": "0.00000",
          "aq": "0.00000",
          "act": "0",
          "tp": "750",
          "p": "750",
          "V": "EXPIRE_MAKER",
          "wt": "CONTRACT_PRICE",
          "pm": "NONE",
          "cp": false,
          "pP": false,
          "R": false,
          "tt": 0,
          "gtd": 0,
          "rm": "Reduce Only reject"
        }
      }
    ]
  },
  "conditionalOrderTriggerReject": {
    "file": "spec/usdm/user-data/conditional-order-trigger-reject.yaml",
    "eventType": "CONDITIONAL_ORDER_TRIGGER_REJECT",
    "payloads": [
      {
        "e": "CONDITIONAL_ORDER_TRIGGER_REJECT",
        "E": 1685517224945,
        "T": 1685517224955,
        "or": {
          "s": "ETHUSDT",
          "i": 155618472834,
          "r": "Due to the order could not be filled immediately, the FOK order has been rejected. The order will not be recorded in the order history"
        }
      }
    ]
  },
  "gridUpdate": {
    "file": "spec/usdm/user-data/grid-update.yaml",
    "eventType": "GRID_UPDATE",
    "payloads": [
      {
        "e": "GRID_UPDATE",
        "T": 1669262908216,
        "E": 1669262908218,
        "gu": {
          "si": 176057039,
          "st": "GRID",
          "ss": "WORKING",
          "s": "BTCUSDT",
          "r": "-0.00300716",
          "up": "16720",
          "uq": "-0.001",
          "uf": "-0.00300716",
          "mp": "0.0",
          "ut": 1669262908197
        }
      }
    ]
  },
  "listenKeyExpired": {
    "file": "spec/usdm/user-data/listen-key-expired.yaml",
    "eventType": "listenKeyExpired",
    "payloads": [
      {
        "e": "listenKeyExpired",
        "E": "1736996475556",
        "listenKey": "WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"
      }
    ]
  },
  "marginCall": {
    "file": "spec/usdm/user-data/margin-call.yaml",
    "eventType": "MARGIN_CALL",
    "payloads": [
      {
        "e": "MARGIN_CALL",
        "E": 1587727187525,
        "cw": "3.16812045",
        "p": [
          {
            "s": "ETHUSDT",
            "ps": "LONG",
            "pa": "1.327",
            "mt": "CROSSED",
            "iw": "0",
            "mp": "187.17127",
            "up": "-1.166074",
            "mm": "1.614445"
          }
        ]
      }
    ]
  },
  "orderTradeUpdate": {
    "file": "spec/usdm/user-data/order-trade-update.yaml",
    "eventType": "ORDER_TRADE_UPDATE",
    "payloads": [
      {
        "e": "ORDER_TRADE_UPDATE",
        "E": 1568879465651,
        "T": 1568879465650,
        "o": {
          "s": "BTCUSDT",
          "c": "TEST",
          "S": "SELL",
          "o": "TRAILING_STOP_MARKET",
          "f": "GTC",
          "q": "0.001",
          "p": "0",
          "ap": "0",
          "sp": "7103.04",
          "x": "NEW",
          "X": "NEW",
          "i": 8886774,
          "l": "0",
          "z": "0",
          "L": "0",
          "N": "USDT",
          "n": "0",
          "T": 1568879465650,
          "t": 0,
          "b": "0",
          "a": "9.91",
          "m": false,
          "R": false,
          "wt": "CONTRACT_PRICE",
          "ot": "TRAILING_STOP_MARKET",
          "ps": "LONG",
          "cp": false,
          "AP": "7476.89",
          "cr": "5.0",
          "pP": false,
          "si": 0,
          "ss": 0,
          "rp": "0",
          "V": "EXPIRE_TAKER",
          "pm": "OPPONENT",
          "gtd": 0,
          "er": "0"
        }
      }
    ]
  },
  "strategyUpdate": {
    "file": "spec/usdm/user-data/strategy-update.yaml",
    "eventType": "STRATEGY_UPDATE",
    "payloads": [
      {
        "e": "STRATEGY_UPDATE",
        "T": 1669261797627,
        "E": 1669261797628,
        "su": {
          "si": 176054594,
          "st": "GRID",
          "ss": "NEW",
          "s": "BTCUSDT",
          "ut": 1669261797627,
          "c": 8007
        }
      }
    ]
  },
  "tradeLite": {
    "file": "spec/usdm/user-data/trade-lite.yaml",
    "eventType": "TRADE_LITE",
    "payloads": [
      {
        "e": "TRADE_LITE",
        "E": 1721895408092,
        "T": 1721895408214,
        "s": "BTCUSDT",
        "q": "0.001",
        "p": "0",
        "m": false,
        "c": "z8hcUoOsqEdKMeKPSABslD",
        "S": "BUY",
        "L": "64089.20",
        "l": "0.040",
        "t": 109100866,
        "i": 8886774
      }
    ]
  }
};
