// Generated from spec/ by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** A channel's spec file, stream template, whether it is implicit (sent unasked), and its examples' stream names and payloads. */
export type ChannelExamples = { readonly file: string; readonly stream: string; readonly implicit?: boolean; readonly streams: readonly string[]; readonly payloads: readonly unknown[] };

/** An operation's spec file, bindings and example requests and responses. */
export type OperationExamples = { readonly file: string; readonly security: 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE'; readonly weight: number; readonly weightType?: 'IP' | 'UID'; readonly rest?: { readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'; readonly path: string }; readonly wsApi?: string; readonly examples: readonly { readonly params?: object; readonly response: unknown }[] };

/** Example payloads of every channel, by channel name. */
export const channelExamples: Readonly<Record<string, ChannelExamples>> = {
  "aggTrade": {
    "file": "spec/channels/agg-trade.yaml",
    "stream": "<symbol>@aggTrade",
    "streams": [
      "bnbbtc@aggTrade"
    ],
    "payloads": [
      {
        "e": "aggTrade",
        "E": 1672515782136,
        "s": "BNBBTC",
        "a": 12345,
        "p": "0.001",
        "q": "100",
        "f": 100,
        "l": 105,
        "T": 1672515782136,
        "m": true,
        "M": true
      }
    ]
  },
  "allMiniTickers": {
    "file": "spec/channels/all-mini-tickers.yaml",
    "stream": "!miniTicker@arr",
    "streams": [
      "!miniTicker@arr"
    ],
    "payloads": [
      [
        {
          "e": "24hrMiniTicker",
          "E": 1672515782136,
          "s": "BNBBTC",
          "c": "0.0025",
          "o": "0.0010",
          "h": "0.0025",
          "l": "0.0010",
          "v": "10000",
          "q": "18"
        },
        {
          "e": "24hrMiniTicker",
          "E": 1672515782136,
          "s": "ETHBTC",
          "c": "0.05410000",
          "o": "0.05390000",
          "h": "0.05450000",
          "l": "0.05370000",
          "v": "24310.55000000",
          "q": "1315.14230000"
        }
      ]
    ]
  },
  "allRollingWindowTickers": {
    "file": "spec/channels/all-rolling-window-tickers.yaml",
    "stream": "!ticker_<window>@arr",
    "streams": [
      "!ticker_1h@arr"
    ],
    "payloads": [
      [
        {
          "e": "1hTicker",
          "E": 1672515782136,
          "s": "BNBBTC",
          "p": "0.0015",
          "P": "250.00",
          "o": "0.0010",
          "h": "0.0025",
          "l": "0.0010",
          "c": "0.0025",
          "w": "0.0018",
          "v": "10000",
          "q": "18",
          "O": 0,
          "C": 1675216573749,
          "F": 0,
          "L": 18150,
          "n": 18151
        },
        {
          "e": "1hTicker",
          "E": 1672515782136,
          "s": "ETHBTC",
          "p": "-0.00020000",
          "P": "-0.369",
          "o": "0.05410000",
          "h": "0.05450000",
          "l": "0.05370000",
          "c": "0.05390000",
          "w": "0.05405311",
          "v": "1203.55000000",
          "q": "65.05528000",
          "O": 1672512180000,
          "C": 1672515782136,
          "F": 410000,
          "L": 412345,
          "n": 2346
        }
      ]
    ]
  },
  "avgPrice": {
    "file": "spec/channels/avg-price.yaml",
    "stream": "<symbol>@avgPrice",
    "streams": [
      "btcusdt@avgPrice"
    ],
    "payloads": [
      {
        "e": "avgPrice",
        "E": 1693907033000,
        "s": "BTCUSDT",
        "i": "5m",
        "w": "25776.86000000",
        "T": 1693907032213
      }
    ]
  },
  "blockTrade": {
    "file": "spec/channels/block-trade.yaml",
    "stream": "<symbol>@blockTrade",
    "streams": [
      "bnbbtc@blockTrade"
    ],
    "payloads": [
      {
        "e": "blockTrade",
        "E": 1772506983582,
        "s": "BNBBTC",
        "t": 582,
        "p": "0.052",
        "q": "5838",
        "T": 1772506983321,
        "m": true
      }
    ]
  },
  "bookTicker": {
    "file": "spec/channels/book-ticker.yaml",
    "stream": "<symbol>@bookTicker",
    "streams": [
      "bnbusdt@bookTicker"
    ],
    "payloads": [
      {
        "u": 400900217,
        "s": "BNBUSDT",
        "b": "25.35190000",
        "B": "31.21000000",
        "a": "25.36520000",
        "A": "40.66000000"
      }
    ]
  },
  "diffDepth": {
    "file": "spec/channels/diff-depth.yaml",
    "stream": "<symbol>@depth<speed>",
    "streams": [
      "bnbbtc@depth"
    ],
    "payloads": [
      {
        "e": "depthUpdate",
        "E": 1672515782136,
        "s": "BNBBTC",
        "U": 157,
        "u": 160,
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
  "kline": {
    "file": "spec/channels/kline.yaml",
    "stream": "<symbol>@kline_<interval><timezone>",
    "streams": [
      "bnbbtc@kline_1m",
      "bnbbtc@kline_1m@+08:00"
    ],
    "payloads": [
      {
        "e": "kline",
        "E": 1672515782136,
        "s": "BNBBTC",
        "k": {
          "t": 1672515780000,
          "T": 1672515839999,
          "s": "BNBBTC",
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
      },
      {
        "e": "kline",
        "E": 1672515782136,
        "s": "BNBBTC",
        "k": {
          "t": 1672515780000,
          "T": 1672515839999,
          "s": "BNBBTC",
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
  "miniTicker": {
    "file": "spec/channels/mini-ticker.yaml",
    "stream": "<symbol>@miniTicker",
    "streams": [
      "bnbbtc@miniTicker"
    ],
    "payloads": [
      {
        "e": "24hrMiniTicker",
        "E": 1672515782136,
        "s": "BNBBTC",
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
    "file": "spec/channels/partial-depth.yaml",
    "stream": "<symbol>@depth<levels><speed>",
    "streams": [
      "bnbbtc@depth5@100ms"
    ],
    "payloads": [
      {
        "lastUpdateId": 160,
        "bids": [
          [
            "0.0024",
            "10"
          ]
        ],
        "asks": [
          [
            "0.0026",
            "100"
          ]
        ]
      }
    ]
  },
  "referencePrice": {
    "file": "spec/channels/reference-price.yaml",
    "stream": "<symbol>@referencePrice",
    "streams": [
      "bazusd@referencePrice"
    ],
    "payloads": [
      {
        "e": "referencePrice",
        "s": "BAZUSD",
        "r": "1.00",
        "t": 1770313263917
      }
    ]
  },
  "rollingWindowTicker": {
    "file": "spec/channels/rolling-window-ticker.yaml",
    "stream": "<symbol>@ticker_<window>",
    "streams": [
      "bnbbtc@ticker_1h"
    ],
    "payloads": [
      {
        "e": "1hTicker",
        "E": 1672515782136,
        "s": "BNBBTC",
        "p": "0.0015",
        "P": "250.00",
        "o": "0.0010",
        "h": "0.0025",
        "l": "0.0010",
        "c": "0.0025",
        "w": "0.0018",
        "v": "10000",
        "q": "18",
        "O": 0,
        "C": 1675216573749,
        "F": 0,
        "L": 18150,
        "n": 18151
      }
    ]
  },
  "serverShutdown": {
    "file": "spec/channels/server-shutdown.yaml",
    "stream": "!serverShutdown",
    "implicit": true,
    "streams": [
      "!serverShutdown"
    ],
    "payloads": [
      {
        "e": "serverShutdown",
        "E": 1770123456789
      }
    ]
  },
  "ticker": {
    "file": "spec/channels/ticker.yaml",
    "stream": "<symbol>@ticker",
    "streams": [
      "bnbbtc@ticker"
    ],
    "payloads": [
      {
        "e": "24hrTicker",
        "E": 1672515782136,
        "s": "BNBBTC",
        "p": "0.0015",
        "P": "250.00",
        "w": "0.0018",
        "x": "0.0009",
        "c": "0.0025",
        "Q": "10",
        "b": "0.0024",
        "B": "10",
        "a": "0.0026",
        "A": "100",
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
  "trade": {
    "file": "spec/channels/trade.yaml",
    "stream": "<symbol>@trade",
    "streams": [
      "bnbbtc@trade"
    ],
    "payloads": [
      {
        "e": "trade",
        "E": 1672515782136,
        "s": "BNBBTC",
        "t": 12345,
        "p": "0.001",
        "q": "100",
        "T": 1672515782136,
        "m": true,
        "M": true
      }
    ]
  }
};

/** Example requests and responses of every operation, by operation name. */
export const operationExamples: Readonly<Record<string, OperationExamples>> = {
  "addSubAccountApiIpRestriction": {
    "file": "spec/operations/sapi/add-sub-account-api-ip-restriction.yaml",
    "security": "USER_DATA",
    "weight": 3000,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v2/sub-account/subAccountApi/ipRestriction"
    },
    "examples": [
      {
        "response": {
          "status": "2",
          "ipList": [
            "69.210.67.14",
            "8.34.21.10"
          ],
          "updateTime": 1636371437000,
          "apiKey": "k5V49ldtn4tszj6W3hystegdfvmGbqDzjmkCtpTvC0G74WhK7yd4rfCTo4lShf"
        }
      }
    ]
  },
  "amendOrderKeepPriority": {
    "file": "spec/operations/amend-order-keep-priority.yaml",
    "security": "TRADE",
    "weight": 4,
    "rest": {
      "method": "PUT",
      "path": "/api/v3/order/amend/keepPriority"
    },
    "wsApi": "order.amend.keepPriority",
    "examples": [
      {
        "response": {
          "transactTime": 1741926410255,
          "executionId": 75,
          "amendedOrder": {
            "symbol": "BTCUSDT",
            "orderId": 33,
            "orderListId": -1,
            "origClientOrderId": "5xrgbMyg6z36NzBn2pbT8H",
            "clientOrderId": "PFaq6hIHxqFENGfdtn4J6Q",
            "price": "6.00000000",
            "qty": "5.00000000",
            "executedQty": "0.00000000",
            "preventedQty": "0.00000000",
            "quoteOrderQty": "0.00000000",
            "cumulativeQuoteQty": "0.00000000",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "SELL",
            "workingTime": 1741926410242,
            "selfTradePreventionMode": "NONE"
          }
        }
      },
      {
        "response": {
          "transactTime": 1741669661670,
          "executionId": 22,
          "amendedOrder": {
            "symbol": "BTCUSDT",
            "orderId": 9,
            "orderListId": 1,
            "origClientOrderId": "W0fJ9fiLKHOJutovPK3oJp",
            "clientOrderId": "UQ1Np3bmQ71jJzsSDW9Vpi",
            "price": "0.00000000",
            "qty": "4.00000000",
            "executedQty": "0.00000000",
            "preventedQty": "0.00000000",
            "quoteOrderQty": "0.00000000",
            "cumulativeQuoteQty": "0.00000000",
            "status": "PENDING_NEW",
            "timeInForce": "GTC",
            "type": "MARKET",
            "side": "BUY",
            "selfTradePreventionMode": "NONE"
          },
          "listStatus": {
            "orderListId": 1,
            "contingencyType": "OTO",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "AT7FTxZXylVSwRoZs52mt3",
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 8,
                "clientOrderId": "GkwwHZUUbFtZOoH1YsZk9Q"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 9,
                "clientOrderId": "UQ1Np3bmQ71jJzsSDW9Vpi"
              }
            ]
          }
        }
      },
      {
        "response": {
          "transactTime": 1741923284382,
          "executionId": 16,
          "amendedOrder": {
            "symbol": "BTCUSDT",
            "orderId": 12,
            "orderListId": -1,
            "origClientOrderId": "my_test_order1",
            "clientOrderId": "4zR9HFcEq8gM1tWUqPEUHc",
            "price": "5.00000000",
            "qty": "5.00000000",
            "executedQty": "0.00000000",
            "preventedQty": "0.00000000",
            "quoteOrderQty": "0.00000000",
            "cumulativeQuoteQty": "0.00000000",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "workingTime": 1741923284364,
            "selfTradePreventionMode": "NONE"
          }
        }
      },
      {
        "response": {
          "transactTime": 1741924229819,
          "executionId": 60,
          "amendedOrder": {
            "symbol": "BTUCSDT",
            "orderId": 23,
            "orderListId": 4,
            "origClientOrderId": "my_pending_order",
            "clientOrderId": "xbxXh5SSwaHS7oUEOCI88B",
            "price": "1.00000000",
            "qty": "5.00000000",
            "executedQty": "0.00000000",
            "preventedQty": "0.00000000",
            "quoteOrderQty": "0.00000000",
            "cumulativeQuoteQty": "0.00000000",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "workingTime": 1741924204920,
            "selfTradePreventionMode": "NONE"
          },
          "listStatus": {
            "orderListId": 4,
            "contingencyType": "OTO",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "8nOGLLawudj1QoOiwbroRH",
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 22,
                "clientOrderId": "g04EWsjaackzedjC9wRkWD"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 23,
                "clientOrderId": "xbxXh5SSwaHS7oUEOCI88B"
              }
            ]
          }
        }
      }
    ]
  },
  "cancelMarginOpenOrders": {
    "file": "spec/operations/sapi/cancel-margin-open-orders.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "DELETE",
      "path": "/sapi/v1/margin/openOrders"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "isIsolated": true,
            "origClientOrderId": "E6APeyTJvkMvLMYMqu1KQ4",
            "orderId": 11,
            "orderListId": -1,
            "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
            "price": "0.089853",
            "origQty": "0.178622",
            "executedQty": "0.000000",
            "cummulativeQuoteQty": "0.000000",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "selfTradePreventionMode": "NONE"
          },
          {
            "orderListId": 1929,
            "contingencyType": "OCO",
            "listStatusType": "ALL_DONE",
            "listOrderStatus": "ALL_DONE",
            "listClientOrderId": "2inzWQdDvZLHbbAmAozX2N",
            "transactionTime": 1585230948299,
            "symbol": "BTCUSDT",
            "isIsolated": true,
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 20,
                "clientOrderId": "CwOOIPHSmYywx6jZX77TdL"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 21,
                "clientOrderId": "461cPg51vQjV3zIMOXNz39"
              }
            ],
            "orderReports": [
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "CwOOIPHSmYywx6jZX77TdL",
                "orderId": 20,
                "orderListId": 1929,
                "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
                "price": "0.668611",
                "origQty": "0.690354",
                "executedQty": "0.000000",
                "cummulativeQuoteQty": "0.000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "STOP_LOSS_LIMIT",
                "side": "BUY",
                "stopPrice": "0.378131",
                "icebergQty": "0.017083"
              },
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "461cPg51vQjV3zIMOXNz39",
                "orderId": 21,
                "orderListId": 1929,
                "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
                "price": "0.008791",
                "origQty": "0.690354",
                "executedQty": "0.000000",
                "cummulativeQuoteQty": "0.000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "LIMIT_MAKER",
                "side": "BUY",
                "icebergQty": "0.639962"
              }
            ]
          }
        ]
      }
    ]
  },
  "cancelMarginOrder": {
    "file": "spec/operations/sapi/cancel-margin-order.yaml",
    "security": "TRADE",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "DELETE",
      "path": "/sapi/v1/margin/order"
    },
    "examples": [
      {
        "response": {
          "symbol": "LTCBTC",
          "isIsolated": true,
          "orderId": "28",
          "origClientOrderId": "myOrder1",
          "clientOrderId": "cancelMyOrder1",
          "price": "1.00000000",
          "origQty": "10.00000000",
          "executedQty": "8.00000000",
          "cummulativeQuoteQty": "8.00000000",
          "status": "CANCELED",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "side": "SELL"
        }
      }
    ]
  },
  "cancelMarginOrderList": {
    "file": "spec/operations/sapi/cancel-margin-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "DELETE",
      "path": "/sapi/v1/margin/orderList"
    },
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OCO",
          "listStatusType": "ALL_DONE",
          "listOrderStatus": "ALL_DONE",
          "listClientOrderId": "C3wyj4WVEktd7u9aVBRXcN",
          "transactionTime": 1574040868128,
          "symbol": "LTCBTC",
          "isIsolated": false,
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "clientOrderId": "pO9ufTiFGg3nw2fOdgeOXa"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "clientOrderId": "TXOvglzXuaubXAaENpaRCB"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "origClientOrderId": "pO9ufTiFGg3nw2fOdgeOXa",
              "orderId": 2,
              "orderListId": 0,
              "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
              "price": "1.00000000",
              "origQty": "10.00000000",
              "executedQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "1.00000000"
            },
            {
              "symbol": "LTCBTC",
              "origClientOrderId": "TXOvglzXuaubXAaENpaRCB",
              "orderId": 3,
              "orderListId": 0,
              "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
              "price": "3.00000000",
              "origQty": "10.00000000",
              "executedQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL"
            }
          ]
        }
      }
    ]
  },
  "cancelOpenOrders": {
    "file": "spec/operations/cancel-open-orders.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/api/v3/openOrders"
    },
    "wsApi": "openOrders.cancelAll",
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "origClientOrderId": "E6APeyTJvkMvLMYMqu1KQ4",
            "orderId": 11,
            "orderListId": -1,
            "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
            "transactTime": 1684804350068,
            "price": "0.089853",
            "origQty": "0.178622",
            "executedQty": "0.000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.000000",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "selfTradePreventionMode": "NONE"
          },
          {
            "symbol": "BTCUSDT",
            "origClientOrderId": "A3EF2HCwxgZPFMrfwbgrhv",
            "orderId": 13,
            "orderListId": -1,
            "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
            "transactTime": 1684804350069,
            "price": "0.090430",
            "origQty": "0.178622",
            "executedQty": "0.000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.000000",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "selfTradePreventionMode": "NONE"
          },
          {
            "orderListId": 1929,
            "contingencyType": "OCO",
            "listStatusType": "ALL_DONE",
            "listOrderStatus": "ALL_DONE",
            "listClientOrderId": "2inzWQdDvZLHbbAmAozX2N",
            "transactionTime": 1585230948299,
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 20,
                "clientOrderId": "CwOOIPHSmYywx6jZX77TdL"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 21,
                "clientOrderId": "461cPg51vQjV3zIMOXNz39"
              }
            ],
            "orderReports": [
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "CwOOIPHSmYywx6jZX77TdL",
                "orderId": 20,
                "orderListId": 1929,
                "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
                "transactTime": 1688005070874,
                "price": "0.668611",
                "origQty": "0.690354",
                "executedQty": "0.000000",
                "origQuoteOrderQty": "0.000000",
                "cummulativeQuoteQty": "0.000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "STOP_LOSS_LIMIT",
                "side": "BUY",
                "stopPrice": "0.378131",
                "icebergQty": "0.017083",
                "selfTradePreventionMode": "NONE"
              },
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "461cPg51vQjV3zIMOXNz39",
                "orderId": 21,
                "orderListId": 1929,
                "clientOrderId": "pXLV6Hz6mprAcVYpVMTGgx",
                "transactTime": 1688005070874,
                "price": "0.008791",
                "origQty": "0.690354",
                "executedQty": "0.000000",
                "origQuoteOrderQty": "0.000000",
                "cummulativeQuoteQty": "0.000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "LIMIT_MAKER",
                "side": "BUY",
                "icebergQty": "0.639962",
                "selfTradePreventionMode": "NONE"
              }
            ]
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "origClientOrderId": "4d96324ff9d44481926157",
            "orderId": 12569099453,
            "orderListId": -1,
            "clientOrderId": "91fe37ce9e69c90d6358c0",
            "transactTime": 1684804350068,
            "price": "23416.10000000",
            "origQty": "0.00847000",
            "executedQty": "0.00001000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.23416100",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "SELL",
            "stopPrice": "0.00000000",
            "trailingDelta": 0,
            "trailingTime": -1,
            "icebergQty": "0.00000000",
            "strategyId": 37463720,
            "strategyType": 1000000,
            "selfTradePreventionMode": "NONE"
          },
          {
            "orderListId": 19431,
            "contingencyType": "OCO",
            "listStatusType": "ALL_DONE",
            "listOrderStatus": "ALL_DONE",
            "listClientOrderId": "iuVNVJYYrByz6C4yGOPPK0",
            "transactionTime": 1660803702431,
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 12569099453,
                "clientOrderId": "bX5wROblo6YeDwa9iTLeyY"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 12569099454,
                "clientOrderId": "Tnu2IP0J5Y4mxw3IATBfmW"
              }
            ],
            "orderReports": [
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "bX5wROblo6YeDwa9iTLeyY",
                "orderId": 12569099453,
                "orderListId": 19431,
                "clientOrderId": "OFFXQtxVFZ6Nbcg4PgE2DA",
                "transactTime": 1684804350068,
                "price": "23450.50000000",
                "origQty": "0.00850000",
                "executedQty": "0.00000000",
                "origQuoteOrderQty": "0.000000",
                "cummulativeQuoteQty": "0.00000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "STOP_LOSS_LIMIT",
                "side": "BUY",
                "stopPrice": "23430.00000000",
                "selfTradePreventionMode": "NONE"
              },
              {
                "symbol": "BTCUSDT",
                "origClientOrderId": "Tnu2IP0J5Y4mxw3IATBfmW",
                "orderId": 12569099454,
                "orderListId": 19431,
                "clientOrderId": "OFFXQtxVFZ6Nbcg4PgE2DA",
                "transactTime": 1684804350068,
                "price": "23400.00000000",
                "origQty": "0.00850000",
                "executedQty": "0.00000000",
                "origQuoteOrderQty": "0.000000",
                "cummulativeQuoteQty": "0.00000000",
                "status": "CANCELED",
                "timeInForce": "GTC",
                "type": "LIMIT_MAKER",
                "side": "BUY",
                "selfTradePreventionMode": "NONE"
              }
            ]
          }
        ]
      }
    ]
  },
  "cancelOrder": {
    "file": "spec/operations/cancel-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/api/v3/order"
    },
    "wsApi": "order.cancel",
    "examples": [
      {
        "response": {
          "symbol": "LTCBTC",
          "origClientOrderId": "myOrder1",
          "orderId": 4,
          "orderListId": -1,
          "clientOrderId": "cancelMyOrder1",
          "transactTime": 1684804350068,
          "price": "2.00000000",
          "origQty": "1.00000000",
          "executedQty": "0.00000000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "0.00000000",
          "status": "CANCELED",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "side": "BUY",
          "selfTradePreventionMode": "NONE"
        }
      },
      {
        "response": {
          "orderListId": 19431,
          "contingencyType": "OCO",
          "listStatusType": "ALL_DONE",
          "listOrderStatus": "ALL_DONE",
          "listClientOrderId": "iuVNVJYYrByz6C4yGOPPK0",
          "transactionTime": 1660803702431,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569099453,
              "clientOrderId": "bX5wROblo6YeDwa9iTLeyY"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569099454,
              "clientOrderId": "Tnu2IP0J5Y4mxw3IATBfmW"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "origClientOrderId": "bX5wROblo6YeDwa9iTLeyY",
              "orderId": 12569099453,
              "orderListId": 19431,
              "clientOrderId": "OFFXQtxVFZ6Nbcg4PgE2DA",
              "transactTime": 1684804350068,
              "price": "23450.50000000",
              "origQty": "0.00850000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "BUY",
              "stopPrice": "23430.00000000",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "origClientOrderId": "Tnu2IP0J5Y4mxw3IATBfmW",
              "orderId": 12569099454,
              "orderListId": 19431,
              "clientOrderId": "OFFXQtxVFZ6Nbcg4PgE2DA",
              "transactTime": 1684804350068,
              "price": "23400.00000000",
              "origQty": "0.00850000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "BUY",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "origClientOrderId": "4d96324ff9d44481926157",
          "orderId": 12569099453,
          "orderListId": -1,
          "clientOrderId": "91fe37ce9e69c90d6358c0",
          "transactTime": 1684804350068,
          "price": "23416.10000000",
          "origQty": "0.00847000",
          "executedQty": "0.00001000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "0.23416100",
          "status": "CANCELED",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "side": "SELL",
          "stopPrice": "0.00000000",
          "trailingDelta": 0,
          "icebergQty": "0.00000000",
          "strategyId": 37463720,
          "strategyType": 1000000,
          "selfTradePreventionMode": "NONE"
        }
      }
    ]
  },
  "cancelOrderList": {
    "file": "spec/operations/cancel-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "DELETE",
      "path": "/api/v3/orderList"
    },
    "wsApi": "orderList.cancel",
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OCO",
          "listStatusType": "ALL_DONE",
          "listOrderStatus": "ALL_DONE",
          "listClientOrderId": "C3wyj4WVEktd7u9aVBRXcN",
          "transactionTime": 1574040868128,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "clientOrderId": "pO9ufTiFGg3nw2fOdgeOXa"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "clientOrderId": "TXOvglzXuaubXAaENpaRCB"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "origClientOrderId": "pO9ufTiFGg3nw2fOdgeOXa",
              "orderId": 2,
              "orderListId": 0,
              "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
              "transactTime": 1688005070874,
              "price": "1.00000000",
              "origQty": "10.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "1.00000000",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "origClientOrderId": "TXOvglzXuaubXAaENpaRCB",
              "orderId": 3,
              "orderListId": 0,
              "clientOrderId": "unfWT8ig8i0uj6lPuYLez6",
              "transactTime": 1688005070874,
              "price": "3.00000000",
              "origQty": "10.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 1274512,
          "contingencyType": "OCO",
          "listStatusType": "ALL_DONE",
          "listOrderStatus": "ALL_DONE",
          "listClientOrderId": "6023531d7edaad348f5aff",
          "transactionTime": 1660801720215,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138901,
              "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138902,
              "clientOrderId": "jLnZpj5enfMXTuhKB1d0us"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138901,
              "orderListId": 1274512,
              "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU",
              "transactTime": 1660801720215,
              "price": "23410.00000000",
              "origQty": "0.00650000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "23405.00000000",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138902,
              "orderListId": 1274512,
              "clientOrderId": "jLnZpj5enfMXTuhKB1d0us",
              "transactTime": 1660801720215,
              "price": "23420.00000000",
              "origQty": "0.00650000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "CANCELED",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "cancelReplaceOrder": {
    "file": "spec/operations/cancel-replace-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/order/cancelReplace"
    },
    "wsApi": "order.cancelReplace",
    "examples": [
      {
        "response": {
          "cancelResult": "SUCCESS",
          "newOrderResult": "SUCCESS",
          "cancelResponse": {
            "symbol": "BTCUSDT",
            "origClientOrderId": "DnLo3vTAQcjha43lAZhZ0y",
            "orderId": 9,
            "orderListId": -1,
            "clientOrderId": "osxN3JXAtJvKvCqGeMWMVR",
            "transactTime": 1684804350068,
            "price": "0.01000000",
            "origQty": "0.000100",
            "executedQty": "0.00000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.00000000",
            "status": "CANCELED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "SELL",
            "selfTradePreventionMode": "NONE"
          },
          "newOrderResponse": {
            "symbol": "BTCUSDT",
            "orderId": 10,
            "orderListId": -1,
            "clientOrderId": "wOceeeOzNORyLiQfw7jd8S",
            "transactTime": 1652928801803,
            "price": "0.02000000",
            "origQty": "0.040000",
            "executedQty": "0.00000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "0.00000000",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "workingTime": 1669277163808,
            "fills": [],
            "selfTradePreventionMode": "NONE"
          }
        }
      }
    ]
  },
  "createMarginListenToken": {
    "file": "spec/operations/sapi/create-margin-listen-token.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/userListenToken"
    },
    "examples": [
      {
        "params": {},
        "response": {
          "token": "6xXxePXwZRjVSHKhzUCCGnmN3fkvMTXru+pYJS8RwijXk9Vcyr3rkwfVOTcP2OkONqciYA",
          "expirationTime": 1758792204196
        }
      }
    ]
  },
  "createMarginSpecialKey": {
    "file": "spec/operations/sapi/create-margin-special-key.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/apiKey"
    },
    "examples": [
      {
        "response": {
          "apiKey": "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx",
          "secretKey": "87ssWB7azoy6ACRfyp6OVOL5U3rtZptX31QWw2kWjl1jHEYRbyM1pd6qykRBQw8p",
          "type": "HMAC_SHA256"
        }
      }
    ]
  },
  "createVirtualSubAccount": {
    "file": "spec/operations/sapi/create-virtual-sub-account.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/sub-account/virtualSubAccount"
    },
    "examples": [
      {
        "response": {
          "email": "addsdd_virtual@aasaixwqnoemail.com"
        }
      }
    ]
  },
  "deleteMarginSpecialKey": {
    "file": "spec/operations/sapi/delete-margin-special-key.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "DELETE",
      "path": "/sapi/v1/margin/apiKey"
    },
    "examples": [
      {
        "response": {}
      }
    ]
  },
  "deleteSubAccountApiIpList": {
    "file": "spec/operations/sapi/delete-sub-account-api-ip-list.yaml",
    "security": "USER_DATA",
    "weight": 3000,
    "weightType": "UID",
    "rest": {
      "method": "DELETE",
      "path": "/sapi/v1/sub-account/subAccountApi/ipRestriction/ipList"
    },
    "examples": [
      {
        "response": {
          "ipRestrict": "true",
          "ipList": [
            "69.210.67.14"
          ],
          "updateTime": 1636371437000,
          "apiKey": "k5V49ldtn4tszj6W3hystegdfvmGbqDzjmkCtpTvC0G74WhK7yd4rfCTo4lShf"
        }
      }
    ]
  },
  "editMarginSpecialKeyIp": {
    "file": "spec/operations/sapi/edit-margin-special-key-ip.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "PUT",
      "path": "/sapi/v1/margin/apiKey/ip"
    },
    "examples": [
      {
        "response": {}
      }
    ]
  },
  "get24hrTicker": {
    "file": "spec/operations/get24hr-ticker.yaml",
    "security": "NONE",
    "weight": 80,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ticker/24hr"
    },
    "wsApi": "ticker.24hr",
    "examples": [
      {
        "response": {
          "symbol": "BNBBTC",
          "priceChange": "-94.99999800",
          "priceChangePercent": "-95.960",
          "weightedAvgPrice": "0.29628482",
          "prevClosePrice": "0.10002000",
          "lastPrice": "4.00000200",
          "lastQty": "200.00000000",
          "bidPrice": "4.00000000",
          "bidQty": "100.00000000",
          "askPrice": "4.00000200",
          "askQty": "100.00000000",
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
            "symbol": "BNBBTC",
            "priceChange": "-94.99999800",
            "priceChangePercent": "-95.960",
            "weightedAvgPrice": "0.29628482",
            "prevClosePrice": "0.10002000",
            "lastPrice": "4.00000200",
            "lastQty": "200.00000000",
            "bidPrice": "4.00000000",
            "bidQty": "100.00000000",
            "askPrice": "4.00000200",
            "askQty": "100.00000000",
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
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "openPrice": "99.00000000",
          "highPrice": "100.00000000",
          "lowPrice": "0.10000000",
          "lastPrice": "4.00000200",
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
            "symbol": "BNBBTC",
            "openPrice": "99.00000000",
            "highPrice": "100.00000000",
            "lowPrice": "0.10000000",
            "lastPrice": "4.00000200",
            "volume": "8913.30000000",
            "quoteVolume": "15.30000000",
            "openTime": 1499783499040,
            "closeTime": 1499869899040,
            "firstId": 28385,
            "lastId": 28460,
            "count": 76
          },
          {
            "symbol": "LTCBTC",
            "openPrice": "0.07000000",
            "highPrice": "0.07000000",
            "lowPrice": "0.07000000",
            "lastPrice": "0.07000000",
            "volume": "11.00000000",
            "quoteVolume": "0.77000000",
            "openTime": 1656908192899,
            "closeTime": 1656994592899,
            "firstId": 0,
            "lastId": 10,
            "count": 11
          }
        ]
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "priceChange": "0.00013900",
          "priceChangePercent": "1.020",
          "weightedAvgPrice": "0.01382453",
          "prevClosePrice": "0.01362800",
          "lastPrice": "0.01376700",
          "lastQty": "1.78800000",
          "bidPrice": "0.01376700",
          "bidQty": "4.64600000",
          "askPrice": "0.01376800",
          "askQty": "14.31400000",
          "openPrice": "0.01362800",
          "highPrice": "0.01414900",
          "lowPrice": "0.01346600",
          "volume": "69412.40500000",
          "quoteVolume": "959.59411487",
          "openTime": 1660014164909,
          "closeTime": 1660100564909,
          "firstId": 194696115,
          "lastId": 194968287,
          "count": 272173
        }
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "openPrice": "0.01362800",
          "highPrice": "0.01414900",
          "lowPrice": "0.01346600",
          "lastPrice": "0.01376700",
          "volume": "69412.40500000",
          "quoteVolume": "959.59411487",
          "openTime": 1660014164909,
          "closeTime": 1660100564909,
          "firstId": 194696115,
          "lastId": 194968287,
          "count": 272173
        }
      },
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "priceChange": "0.00016500",
            "priceChangePercent": "1.213",
            "weightedAvgPrice": "0.01382508",
            "prevClosePrice": "0.01360800",
            "lastPrice": "0.01377200",
            "lastQty": "1.01400000",
            "bidPrice": "0.01377100",
            "bidQty": "7.55700000",
            "askPrice": "0.01377200",
            "askQty": "4.37900000",
            "openPrice": "0.01360700",
            "highPrice": "0.01414900",
            "lowPrice": "0.01346600",
            "volume": "69376.27900000",
            "quoteVolume": "959.13277091",
            "openTime": 1660014615517,
            "closeTime": 1660101015517,
            "firstId": 194697254,
            "lastId": 194969483,
            "count": 272230
          },
          {
            "symbol": "BTCUSDT",
            "priceChange": "-938.06000000",
            "priceChangePercent": "-3.938",
            "weightedAvgPrice": "23265.34432003",
            "prevClosePrice": "23819.17000000",
            "lastPrice": "22880.91000000",
            "lastQty": "0.00536000",
            "bidPrice": "22880.40000000",
            "bidQty": "0.00424000",
            "askPrice": "22880.91000000",
            "askQty": "0.04276000",
            "openPrice": "23818.97000000",
            "highPrice": "23933.25000000",
            "lowPrice": "22664.69000000",
            "volume": "153508.37606000",
            "quoteVolume": "3571425225.04441220",
            "openTime": 1660014615977,
            "closeTime": 1660101015977,
            "firstId": 1592019902,
            "lastId": 1597301762,
            "count": 5281861
          }
        ]
      }
    ]
  },
  "getAccount": {
    "file": "spec/operations/get-account.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/account"
    },
    "wsApi": "account.status",
    "examples": [
      {
        "response": {
          "makerCommission": 15,
          "takerCommission": 15,
          "buyerCommission": 0,
          "sellerCommission": 0,
          "commissionRates": {
            "maker": "0.00150000",
            "taker": "0.00150000",
            "buyer": "0.00000000",
            "seller": "0.00000000"
          },
          "canTrade": true,
          "canWithdraw": true,
          "canDeposit": true,
          "brokered": false,
          "requireSelfTradePrevention": false,
          "preventSor": false,
          "updateTime": 123456789,
          "accountType": "SPOT",
          "balances": [
            {
              "asset": "BTC",
              "free": "4723846.89208129",
              "locked": "0.00000000"
            },
            {
              "asset": "LTC",
              "free": "4763368.68006011",
              "locked": "0.00000000"
            }
          ],
          "permissions": [
            "SPOT"
          ],
          "uid": 354937868
        }
      },
      {
        "response": {
          "makerCommission": 15,
          "takerCommission": 15,
          "buyerCommission": 0,
          "sellerCommission": 0,
          "canTrade": true,
          "canWithdraw": true,
          "canDeposit": true,
          "commissionRates": {
            "maker": "0.00150000",
            "taker": "0.00150000",
            "buyer": "0.00000000",
            "seller": "0.00000000"
          },
          "brokered": false,
          "requireSelfTradePrevention": false,
          "preventSor": false,
          "updateTime": 1660801833000,
          "accountType": "SPOT",
          "balances": [
            {
              "asset": "BNB",
              "free": "0.00000000",
              "locked": "0.00000000"
            },
            {
              "asset": "BTC",
              "free": "1.3447112",
              "locked": "0.08600000"
            },
            {
              "asset": "USDT",
              "free": "1021.21000000",
              "locked": "0.00000000"
            }
          ],
          "permissions": [
            "SPOT"
          ],
          "uid": 354937868
        }
      }
    ]
  },
  "getAggTrades": {
    "file": "spec/operations/get-agg-trades.yaml",
    "security": "NONE",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/aggTrades"
    },
    "wsApi": "trades.aggregate",
    "examples": [
      {
        "response": [
          {
            "a": 26129,
            "p": "0.01633102",
            "q": "4.70443515",
            "f": 27781,
            "l": 27781,
            "T": 1498793709153,
            "m": true,
            "M": true
          }
        ]
      },
      {
        "response": [
          {
            "a": 50000000,
            "p": "0.00274100",
            "q": "57.19000000",
            "f": 59120167,
            "l": 59120170,
            "T": 1565877971222,
            "m": true,
            "M": true
          }
        ]
      }
    ]
  },
  "getAllOrderLists": {
    "file": "spec/operations/get-all-order-lists.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/allOrderList"
    },
    "wsApi": "allOrderLists",
    "examples": [
      {
        "response": [
          {
            "orderListId": 29,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "amEEAXryFzFwYF1FeRpUoZ",
            "transactionTime": 1565245913483,
            "symbol": "LTCBTC",
            "orders": [
              {
                "symbol": "LTCBTC",
                "orderId": 4,
                "clientOrderId": "oD7aesZqjEGlZrbtRpy5zB"
              },
              {
                "symbol": "LTCBTC",
                "orderId": 5,
                "clientOrderId": "Jr1h6xirOxgeJOUuYQS7V3"
              }
            ]
          },
          {
            "orderListId": 28,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "hG7hFNxJV6cZy3Ze4AUT4d",
            "transactionTime": 1565245913407,
            "symbol": "LTCBTC",
            "orders": [
              {
                "symbol": "LTCBTC",
                "orderId": 2,
                "clientOrderId": "j6lFOfbmFMRjTYA7rRJ0LP"
              },
              {
                "symbol": "LTCBTC",
                "orderId": 3,
                "clientOrderId": "z0KCjOdditiLS5ekAFtK81"
              }
            ]
          }
        ]
      },
      {
        "response": [
          {
            "orderListId": 1274512,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "08985fedd9ea2cf6b28996",
            "transactionTime": 1660801713793,
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 12569138901,
                "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 12569138902,
                "clientOrderId": "jLnZpj5enfMXTuhKB1d0us"
              }
            ]
          }
        ]
      }
    ]
  },
  "getAllOrders": {
    "file": "spec/operations/get-all-orders.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/allOrders"
    },
    "wsApi": "allOrders",
    "examples": [
      {
        "response": [
          {
            "symbol": "LTCBTC",
            "orderId": 1,
            "orderListId": -1,
            "clientOrderId": "myOrder1",
            "price": "0.1",
            "origQty": "1.0",
            "executedQty": "0.0",
            "cummulativeQuoteQty": "0.0",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "stopPrice": "0.0",
            "icebergQty": "0.0",
            "time": 1499827319559,
            "updateTime": 1499827319559,
            "isWorking": true,
            "origQuoteOrderQty": "0.000000",
            "workingTime": 1499827319559,
            "selfTradePreventionMode": "NONE"
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "orderId": 12569099453,
            "orderListId": -1,
            "clientOrderId": "4d96324ff9d44481926157",
            "price": "23416.10000000",
            "origQty": "0.00847000",
            "executedQty": "0.00847000",
            "cummulativeQuoteQty": "198.33521500",
            "status": "FILLED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "SELL",
            "stopPrice": "0.00000000",
            "icebergQty": "0.00000000",
            "time": 1660801715639,
            "updateTime": 1660801717945,
            "isWorking": true,
            "workingTime": 1660801715639,
            "origQuoteOrderQty": "0.00000000",
            "selfTradePreventionMode": "NONE",
            "preventedMatchId": 0,
            "preventedQuantity": "1.200000"
          }
        ]
      }
    ]
  },
  "getAvgPrice": {
    "file": "spec/operations/get-avg-price.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/avgPrice"
    },
    "wsApi": "avgPrice",
    "examples": [
      {
        "response": {
          "mins": 5,
          "price": "9.35751834",
          "closeTime": 1694061154503
        }
      }
    ]
  },
  "getBook": {
    "file": "spec/operations/get-book.yaml",
    "security": "NONE",
    "weight": 5,
    "rest": {
      "method": "GET",
      "path": "/api/v3/depth"
    },
    "wsApi": "depth",
    "examples": [
      {
        "response": {
          "lastUpdateId": 1027024,
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
    "file": "spec/operations/get-book-ticker.yaml",
    "security": "NONE",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ticker/bookTicker"
    },
    "wsApi": "ticker.book",
    "examples": [
      {
        "response": {
          "symbol": "LTCBTC",
          "bidPrice": "4.00000000",
          "bidQty": "431.00000000",
          "askPrice": "4.00000200",
          "askQty": "9.00000000"
        }
      },
      {
        "response": [
          {
            "symbol": "LTCBTC",
            "bidPrice": "4.00000000",
            "bidQty": "431.00000000",
            "askPrice": "4.00000200",
            "askQty": "9.00000000"
          },
          {
            "symbol": "ETHBTC",
            "bidPrice": "0.07946700",
            "bidQty": "9.00000000",
            "askPrice": "100000.00000000",
            "askQty": "1000.00000000"
          }
        ]
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "bidPrice": "0.01358000",
          "bidQty": "12.53400000",
          "askPrice": "0.01358100",
          "askQty": "17.83700000"
        }
      },
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "bidPrice": "0.01358000",
            "bidQty": "12.53400000",
            "askPrice": "0.01358100",
            "askQty": "17.83700000"
          },
          {
            "symbol": "BTCUSDT",
            "bidPrice": "23980.49000000",
            "bidQty": "0.01000000",
            "askPrice": "23981.31000000",
            "askQty": "0.01512000"
          }
        ]
      }
    ]
  },
  "getCommissionRates": {
    "file": "spec/operations/get-commission-rates.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/account/commission"
    },
    "wsApi": "account.commission",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "standardCommission": {
            "maker": "0.00000010",
            "taker": "0.00000020",
            "buyer": "0.00000030",
            "seller": "0.00000040"
          },
          "specialCommission": {
            "maker": "0.01000000",
            "taker": "0.02000000",
            "buyer": "0.03000000",
            "seller": "0.04000000"
          },
          "taxCommission": {
            "maker": "0.00000112",
            "taker": "0.00000114",
            "buyer": "0.00000118",
            "seller": "0.00000116"
          },
          "discount": {
            "enabledForAccount": true,
            "enabledForSymbol": true,
            "discountAsset": "BNB",
            "discount": "0.75000000"
          }
        }
      }
    ]
  },
  "getCrossMarginFeeData": {
    "file": "spec/operations/sapi/get-cross-margin-fee-data.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/crossMarginData"
    },
    "examples": [
      {
        "params": {},
        "response": [
          {
            "vipLevel": 0,
            "coin": "BTC",
            "transferIn": true,
            "borrowable": true,
            "dailyInterest": "0.00026125",
            "yearlyInterest": "0.0953",
            "borrowLimit": "180",
            "marginablePairs": [
              "BNBBTC",
              "TRXBTC",
              "ETHBTC",
              "BTCUSDT"
            ]
          }
        ]
      }
    ]
  },
  "getExchangeInfo": {
    "file": "spec/operations/get-exchange-info.yaml",
    "security": "NONE",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/exchangeInfo"
    },
    "wsApi": "exchangeInfo",
    "examples": [
      {
        "response": {
          "timezone": "UTC",
          "serverTime": 1565246363776,
          "rateLimits": [
            {
              "rateLimitType": "REQUEST_WEIGHT",
              "interval": "MINUTE",
              "intervalNum": 1,
              "limit": 6000
            }
          ],
          "exchangeFilters": [],
          "symbols": [
            {
              "symbol": "ETHBTC",
              "status": "TRADING",
              "baseAsset": "ETH",
              "baseAssetPrecision": 8,
              "quoteAsset": "BTC",
              "quotePrecision": 8,
              "quoteAssetPrecision": 8,
              "baseCommissionPrecision": 8,
              "quoteCommissionPrecision": 8,
              "orderTypes": [
                "LIMIT",
                "LIMIT_MAKER",
                "MARKET",
                "STOP_LOSS",
                "STOP_LOSS_LIMIT",
                "TAKE_PROFIT",
                "TAKE_PROFIT_LIMIT"
              ],
              "icebergAllowed": true,
              "ocoAllowed": true,
              "otoAllowed": true,
              "opoAllowed": true,
              "quoteOrderQtyMarketAllowed": true,
              "allowTrailingStop": false,
              "cancelReplaceAllowed": false,
              "amendAllowed": false,
              "pegInstructionsAllowed": true,
              "isSpotTradingAllowed": true,
              "isMarginTradingAllowed": true,
              "filters": [],
              "permissions": [],
              "permissionSets": [
                [
                  "SPOT",
                  "MARGIN"
                ]
              ],
              "defaultSelfTradePreventionMode": "NONE",
              "allowedSelfTradePreventionModes": [
                "NONE"
              ]
            }
          ],
          "sors": [
            {
              "baseAsset": "BTC",
              "symbols": [
                "BTCUSDT",
                "BTCUSDC"
              ]
            }
          ]
        }
      }
    ]
  },
  "getExecutionRules": {
    "file": "spec/operations/get-execution-rules.yaml",
    "security": "NONE",
    "weight": 40,
    "rest": {
      "method": "GET",
      "path": "/api/v3/executionRules"
    },
    "wsApi": "executionRules",
    "examples": [
      {
        "response": {
          "symbolRules": [
            {
              "symbol": "BAZUSD",
              "rules": [
                {
                  "ruleType": "PRICE_RANGE",
                  "bidLimitMultUp": "1.0001",
                  "bidLimitMultDown": "0.9999",
                  "askLimitMultUp": "1.0001",
                  "askLimitMultDown": "0.9999"
                }
              ]
            }
          ]
        }
      }
    ]
  },
  "getHistoricalBlockTrades": {
    "file": "spec/operations/get-historical-block-trades.yaml",
    "security": "NONE",
    "weight": 25,
    "rest": {
      "method": "GET",
      "path": "/api/v3/historicalBlockTrades"
    },
    "wsApi": "blockTrades.historical",
    "examples": [
      {
        "response": [
          {
            "id": 582,
            "price": "0.052",
            "qty": "5838",
            "quoteQty": "303.576",
            "time": 1772506983321,
            "isBuyerMaker": true
          }
        ]
      }
    ]
  },
  "getHistoricalTrades": {
    "file": "spec/operations/get-historical-trades.yaml",
    "security": "NONE",
    "weight": 25,
    "rest": {
      "method": "GET",
      "path": "/api/v3/historicalTrades"
    },
    "wsApi": "trades.historical",
    "examples": [
      {
        "response": [
          {
            "id": 28457,
            "price": "4.00000100",
            "qty": "12.00000000",
            "quoteQty": "48.000012",
            "time": 1499865549590,
            "isBuyerMaker": true,
            "isBestMatch": true
          }
        ]
      },
      {
        "response": [
          {
            "id": 0,
            "price": "0.00005000",
            "qty": "40.00000000",
            "quoteQty": "0.00200000",
            "time": 1500004800376,
            "isBuyerMaker": true,
            "isBestMatch": true
          }
        ]
      }
    ]
  },
  "getIsolatedMarginAccount": {
    "file": "spec/operations/sapi/get-isolated-margin-account.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/isolated/account"
    },
    "examples": [
      {
        "response": {
          "assets": [
            {
              "baseAsset": {
                "asset": "BTC",
                "borrowEnabled": true,
                "borrowed": "0.00000000",
                "free": "0.00000000",
                "interest": "0.00000000",
                "locked": "0.00000000",
                "netAsset": "0.00000000",
                "netAssetOfBtc": "0.00000000",
                "repayEnabled": true,
                "totalAsset": "0.00000000"
              },
              "quoteAsset": {
                "asset": "USDT",
                "borrowEnabled": true,
                "borrowed": "0.00000000",
                "free": "0.00000000",
                "interest": "0.00000000",
                "locked": "0.00000000",
                "netAsset": "0.00000000",
                "netAssetOfBtc": "0.00000000",
                "repayEnabled": true,
                "totalAsset": "0.00000000"
              },
              "symbol": "BTCUSDT",
              "isolatedCreated": true,
              "enabled": true,
              "marginLevel": "0.00000000",
              "marginLevelStatus": "EXCESSIVE",
              "marginRatio": "0.00000000",
              "indexPrice": "10000.00000000",
              "liquidatePrice": "1000.00000000",
              "liquidateRate": "1.00000000",
              "tradeEnabled": true
            }
          ],
          "totalAssetOfBtc": "0.00000000",
          "totalLiabilityOfBtc": "0.00000000",
          "totalNetAssetOfBtc": "0.00000000"
        }
      }
    ]
  },
  "getIsolatedMarginFeeData": {
    "file": "spec/operations/sapi/get-isolated-margin-fee-data.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/isolatedMarginData"
    },
    "examples": [
      {
        "params": {},
        "response": [
          {
            "vipLevel": 0,
            "symbol": "BTCUSDT",
            "leverage": "10",
            "data": [
              {
                "coin": "BTC",
                "dailyInterest": "0.00026125",
                "borrowLimit": "270"
              },
              {
                "coin": "USDT",
                "dailyInterest": "0.000475",
                "borrowLimit": "2100000"
              }
            ]
          }
        ]
      }
    ]
  },
  "getKlines": {
    "file": "spec/operations/get-klines.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/klines"
    },
    "wsApi": "klines",
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
            "0"
          ]
        ]
      }
    ]
  },
  "getMarginAccount": {
    "file": "spec/operations/sapi/get-margin-account.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/account"
    },
    "examples": [
      {
        "response": {
          "created": true,
          "borrowEnabled": true,
          "marginLevel": "11.64405625",
          "collateralMarginLevel": "3.2",
          "totalAssetOfBtc": "6.82728457",
          "totalLiabilityOfBtc": "0.58633215",
          "totalNetAssetOfBtc": "6.24095242",
          "TotalCollateralValueInUSDT": "5.82728457",
          "tradeEnabled": true,
          "transferInEnabled": true,
          "transferOutEnabled": true,
          "accountType": "MARGIN_1",
          "userAssets": [
            {
              "asset": "BTC",
              "borrowed": "0.00000000",
              "free": "0.00499500",
              "interest": "0.00000000",
              "locked": "0.00000000",
              "netAsset": "0.00499500"
            },
            {
              "asset": "BNB",
              "borrowed": "201.66666672",
              "free": "2346.50000000",
              "interest": "0.00000000",
              "locked": "0.00000000",
              "netAsset": "2144.83333328"
            }
          ]
        }
      }
    ]
  },
  "getMarginAllOrderLists": {
    "file": "spec/operations/sapi/get-margin-all-order-lists.yaml",
    "security": "USER_DATA",
    "weight": 200,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/allOrderList"
    },
    "examples": [
      {
        "response": [
          {
            "orderListId": 29,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "amEEAXryFzFwYF1FeRpUoZ",
            "transactionTime": 1565245913483,
            "symbol": "LTCBTC",
            "isIsolated": true,
            "orders": [
              {
                "symbol": "LTCBTC",
                "orderId": 4,
                "clientOrderId": "oD7aesZqjEGlZrbtRpy5zB"
              },
              {
                "symbol": "LTCBTC",
                "orderId": 5,
                "clientOrderId": "Jr1h6xirOxgeJOUuYQS7V3"
              }
            ]
          }
        ]
      }
    ]
  },
  "getMarginAllOrders": {
    "file": "spec/operations/sapi/get-margin-all-orders.yaml",
    "security": "USER_DATA",
    "weight": 200,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/allOrders"
    },
    "examples": [
      {
        "response": [
          {
            "clientOrderId": "qhcZw71gAkCCTv0t0k8LUK",
            "cummulativeQuoteQty": "0.00000000",
            "executedQty": "0.00000000",
            "icebergQty": "0.00000000",
            "isWorking": true,
            "orderId": 211842552,
            "origQty": "0.30000000",
            "price": "0.00475010",
            "side": "SELL",
            "status": "NEW",
            "stopPrice": "0.00000000",
            "symbol": "BNBBTC",
            "isIsolated": true,
            "time": 1562040170089,
            "timeInForce": "GTC",
            "type": "LIMIT",
            "selfTradePreventionMode": "NONE",
            "updateTime": 1562040170089
          }
        ]
      }
    ]
  },
  "getMarginAvailableInventory": {
    "file": "spec/operations/sapi/get-margin-available-inventory.yaml",
    "security": "USER_DATA",
    "weight": 50,
    "weightType": "UID",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/available-inventory"
    },
    "examples": [
      {
        "params": {
          "type": "MARGIN"
        },
        "response": {
          "assets": {
            "MATIC": "100000000",
            "STPT": "100000000",
            "TVK": "100000000",
            "SHIB": "97409653"
          },
          "updateTime": 1699272487
        }
      }
    ]
  },
  "getMarginBorrowRepayRecords": {
    "file": "spec/operations/sapi/get-margin-borrow-repay-records.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/borrow-repay"
    },
    "examples": [
      {
        "params": {
          "type": "BORROW",
          "startTime": 1563438204000
        },
        "response": {
          "rows": [
            {
              "type": "AUTO",
              "isolatedSymbol": "BNBUSDT",
              "amount": "14.00000000",
              "asset": "BNB",
              "interest": "0.01866667",
              "principal": "13.98133333",
              "status": "CONFIRMED",
              "timestamp": 1563438204000,
              "txId": 2970933056
            }
          ],
          "total": 1
        }
      }
    ]
  },
  "getMarginInterestHistory": {
    "file": "spec/operations/sapi/get-margin-interest-history.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/interestHistory"
    },
    "examples": [
      {
        "params": {},
        "response": {
          "rows": [
            {
              "txId": 1352286576452864800,
              "interestAccuredTime": 1672160400000,
              "asset": "USDT",
              "rawAsset": "USDT",
              "principal": "45.3313",
              "interest": "0.00024995",
              "interestRate": "0.00013233",
              "type": "ON_BORROW",
              "isolatedSymbol": "BNBUSDT"
            }
          ],
          "total": 1
        }
      }
    ]
  },
  "getMarginMaxBorrowable": {
    "file": "spec/operations/sapi/get-margin-max-borrowable.yaml",
    "security": "USER_DATA",
    "weight": 50,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/maxBorrowable"
    },
    "examples": [
      {
        "params": {
          "asset": "BTC"
        },
        "response": {
          "amount": "1.69248805",
          "borrowLimit": "60"
        }
      }
    ]
  },
  "getMarginMaxTransferable": {
    "file": "spec/operations/sapi/get-margin-max-transferable.yaml",
    "security": "USER_DATA",
    "weight": 50,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/maxTransferable"
    },
    "examples": [
      {
        "params": {
          "asset": "BTC"
        },
        "response": {
          "amount": "3.59498107"
        }
      }
    ]
  },
  "getMarginMyTrades": {
    "file": "spec/operations/sapi/get-margin-my-trades.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/myTrades"
    },
    "examples": [
      {
        "response": [
          {
            "commission": "0.00006000",
            "commissionAsset": "BTC",
            "id": 34,
            "isBestMatch": true,
            "isBuyer": false,
            "isMaker": false,
            "orderId": 39324,
            "price": "0.02000000",
            "qty": "3.00000000",
            "symbol": "BNBBTC",
            "isIsolated": false,
            "time": 1561973357171
          }
        ]
      }
    ]
  },
  "getMarginNextHourlyInterestRate": {
    "file": "spec/operations/sapi/get-margin-next-hourly-interest-rate.yaml",
    "security": "USER_DATA",
    "weight": 100,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/next-hourly-interest-rate"
    },
    "examples": [
      {
        "params": {
          "assets": "BTC,ETH",
          "isIsolated": "FALSE"
        },
        "response": [
          {
            "asset": "BTC",
            "nextHourlyInterestRate": "0.00000571"
          },
          {
            "asset": "ETH",
            "nextHourlyInterestRate": "0.00000578"
          }
        ]
      }
    ]
  },
  "getMarginOpenOrderLists": {
    "file": "spec/operations/sapi/get-margin-open-order-lists.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/openOrderList"
    },
    "examples": [
      {
        "response": [
          {
            "orderListId": 31,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "wuB13fmulKj3YjdqWEcsnp",
            "transactionTime": 1565246080644,
            "symbol": "LTCBTC",
            "isIsolated": true,
            "orders": [
              {
                "symbol": "LTCBTC",
                "orderId": 4,
                "clientOrderId": "r3EH2N76dHfLoSZWIUw1bT"
              },
              {
                "symbol": "LTCBTC",
                "orderId": 5,
                "clientOrderId": "Cv1SnyPD3qhqpbjpYEHbd2"
              }
            ]
          }
        ]
      }
    ]
  },
  "getMarginOpenOrders": {
    "file": "spec/operations/sapi/get-margin-open-orders.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/openOrders"
    },
    "examples": [
      {
        "response": [
          {
            "clientOrderId": "qhcZw71gAkCCTv0t0k8LUK",
            "cummulativeQuoteQty": "0.00000000",
            "executedQty": "0.00000000",
            "icebergQty": "0.00000000",
            "isWorking": true,
            "orderId": 211842552,
            "origQty": "0.30000000",
            "price": "0.00475010",
            "side": "SELL",
            "status": "NEW",
            "stopPrice": "0.00000000",
            "symbol": "BNBBTC",
            "isIsolated": true,
            "time": 1562040170089,
            "timeInForce": "GTC",
            "type": "LIMIT",
            "selfTradePreventionMode": "NONE",
            "updateTime": 1562040170089
          }
        ]
      }
    ]
  },
  "getMarginOrder": {
    "file": "spec/operations/sapi/get-margin-order.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/order"
    },
    "examples": [
      {
        "response": {
          "clientOrderId": "ZwfQzuDIGpceVhKW5DvCmO",
          "cummulativeQuoteQty": "0.00000000",
          "executedQty": "0.00000000",
          "icebergQty": "0.00000000",
          "isWorking": true,
          "orderId": 213205622,
          "origQty": "0.30000000",
          "price": "0.00493630",
          "side": "SELL",
          "status": "NEW",
          "stopPrice": "0.00000000",
          "symbol": "BNBBTC",
          "isIsolated": true,
          "time": 1562133008725,
          "timeInForce": "GTC",
          "type": "LIMIT",
          "selfTradePreventionMode": "NONE",
          "updateTime": 1562133008725
        }
      }
    ]
  },
  "getMarginOrderList": {
    "file": "spec/operations/sapi/get-margin-order-list.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/orderList"
    },
    "examples": [
      {
        "response": {
          "orderListId": 27,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "h2USkA5YQpaXHPIrkd96xE",
          "transactionTime": 1565245656253,
          "symbol": "LTCBTC",
          "isIsolated": true,
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 4,
              "clientOrderId": "qD1gy3kc3Gx0rihm9Y3xwS"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 5,
              "clientOrderId": "ARzZ9I00CPM8i3NhmU9Ega"
            }
          ]
        }
      }
    ]
  },
  "getMarginPreventedMatches": {
    "file": "spec/operations/sapi/get-margin-prevented-matches.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/myPreventedMatches"
    },
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "preventedMatchId": 1,
            "takerOrderId": 5,
            "makerSymbol": "BTCUSDT",
            "makerOrderId": 3,
            "tradeGroupId": 1,
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "price": "1.100000",
            "makerPreventedQuantity": "1.300000",
            "transactTime": 1669101687094
          }
        ]
      }
    ]
  },
  "getMarginPriceIndex": {
    "file": "spec/operations/sapi/get-margin-price-index.yaml",
    "security": "USER_STREAM",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/priceIndex"
    },
    "examples": [
      {
        "params": {
          "symbol": "BNBBTC"
        },
        "response": {
          "calcTime": 1562046418000,
          "price": "0.00333930",
          "symbol": "BNBBTC"
        }
      }
    ]
  },
  "getMarginSpecialKey": {
    "file": "spec/operations/sapi/get-margin-special-key.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/apiKey"
    },
    "examples": [
      {
        "response": {
          "apiKey": "npOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoGx",
          "ip": "0.0.0.0,192.168.0.1,192.168.0.2",
          "apiName": "testName",
          "type": "RSA",
          "permissionMode": "TRADE"
        }
      }
    ]
  },
  "getMarginSpecialKeyList": {
    "file": "spec/operations/sapi/get-margin-special-key-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "weightType": "UID",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/margin/api-key-list"
    },
    "examples": [
      {
        "response": [
          {
            "apiName": "testName1",
            "apiKey": "znpOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoG",
            "ip": "192.168.0.1,192.168.0.2",
            "type": "RSA",
            "permissionMode": "TRADE"
          },
          {
            "apiName": "testName2",
            "apiKey": "znpOzOAeLVgr2TuxWfNo43AaPWpBbJEoKezh1o8mSQb6ryE2odE11A4AoVlJbQoG",
            "ip": "192.168.0.1,192.168.0.2",
            "type": "Ed25519",
            "permissionMode": "READ"
          }
        ]
      }
    ]
  },
  "getMyAllocations": {
    "file": "spec/operations/get-my-allocations.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/myAllocations"
    },
    "wsApi": "myAllocations",
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "allocationId": 0,
            "allocationType": "SOR",
            "orderId": 1,
            "orderListId": -1,
            "price": "1.00000000",
            "qty": "5.00000000",
            "quoteQty": "5.00000000",
            "commission": "0.00000000",
            "commissionAsset": "BTC",
            "time": 1687506878118,
            "isBuyer": true,
            "isMaker": false,
            "isAllocator": false
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "allocationId": 0,
            "allocationType": "SOR",
            "orderId": 500,
            "orderListId": -1,
            "price": "1.00000000",
            "qty": "0.10000000",
            "quoteQty": "0.10000000",
            "commission": "0.00000000",
            "commissionAsset": "BTC",
            "time": 1687319487614,
            "isBuyer": false,
            "isMaker": false,
            "isAllocator": false
          }
        ]
      }
    ]
  },
  "getMyFilters": {
    "file": "spec/operations/get-my-filters.yaml",
    "security": "USER_DATA",
    "weight": 40,
    "rest": {
      "method": "GET",
      "path": "/api/v3/myFilters"
    },
    "wsApi": "myFilters",
    "examples": [
      {
        "response": {
          "exchangeFilters": [
            {
              "filterType": "EXCHANGE_MAX_NUM_ORDERS",
              "maxNumOrders": 1000
            }
          ],
          "symbolFilters": [
            {
              "filterType": "MAX_NUM_ORDER_LISTS",
              "maxNumOrderLists": 20
            }
          ],
          "assetFilters": [
            {
              "filterType": "MAX_ASSET",
              "asset": "JPY",
              "limit": "1000000.00000000"
            }
          ]
        }
      }
    ]
  },
  "getMyPreventedMatches": {
    "file": "spec/operations/get-my-prevented-matches.yaml",
    "security": "USER_DATA",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/myPreventedMatches"
    },
    "wsApi": "myPreventedMatches",
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "preventedMatchId": 1,
            "takerOrderId": 5,
            "makerSymbol": "BTCUSDT",
            "makerOrderId": 3,
            "tradeGroupId": 1,
            "selfTradePreventionMode": "EXPIRE_MAKER",
            "price": "1.100000",
            "makerPreventedQuantity": "1.300000",
            "transactTime": 1669101687094
          }
        ]
      }
    ]
  },
  "getMyTrades": {
    "file": "spec/operations/get-my-trades.yaml",
    "security": "USER_DATA",
    "weight": 20,
    "rest": {
      "method": "GET",
      "path": "/api/v3/myTrades"
    },
    "wsApi": "myTrades",
    "examples": [
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "id": 28457,
            "orderId": 100234,
            "orderListId": -1,
            "price": "4.00000100",
            "qty": "12.00000000",
            "quoteQty": "48.000012",
            "commission": "10.10000000",
            "commissionAsset": "BNB",
            "time": 1499865549590,
            "isBuyer": true,
            "isMaker": false,
            "isBestMatch": true
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "id": 1650422481,
            "orderId": 12569099453,
            "orderListId": -1,
            "price": "23416.10000000",
            "qty": "0.00635000",
            "quoteQty": "148.69223500",
            "commission": "0.00000000",
            "commissionAsset": "BNB",
            "time": 1660801715793,
            "isBuyer": false,
            "isMaker": true,
            "isBestMatch": true
          },
          {
            "symbol": "BTCUSDT",
            "id": 1650422482,
            "orderId": 12569099453,
            "orderListId": -1,
            "price": "23416.50000000",
            "qty": "0.00212000",
            "quoteQty": "49.64298000",
            "commission": "0.00000000",
            "commissionAsset": "BNB",
            "time": 1660801715793,
            "isBuyer": false,
            "isMaker": true,
            "isBestMatch": true
          }
        ]
      }
    ]
  },
  "getOpenOrderLists": {
    "file": "spec/operations/get-open-order-lists.yaml",
    "security": "USER_DATA",
    "weight": 6,
    "rest": {
      "method": "GET",
      "path": "/api/v3/openOrderList"
    },
    "wsApi": "openOrderLists.status",
    "examples": [
      {
        "response": [
          {
            "orderListId": 31,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "wuB13fmulKj3YjdqWEcsnp",
            "transactionTime": 1565246080644,
            "symbol": "LTCBTC",
            "orders": [
              {
                "symbol": "LTCBTC",
                "orderId": 4,
                "clientOrderId": "r3EH2N76dHfLoSZWIUw1bT"
              },
              {
                "symbol": "LTCBTC",
                "orderId": 5,
                "clientOrderId": "Cv1SnyPD3qhqpbjpYEHbd2"
              }
            ]
          }
        ]
      },
      {
        "response": [
          {
            "orderListId": 0,
            "contingencyType": "OCO",
            "listStatusType": "EXEC_STARTED",
            "listOrderStatus": "EXECUTING",
            "listClientOrderId": "08985fedd9ea2cf6b28996",
            "transactionTime": 1660801713793,
            "symbol": "BTCUSDT",
            "orders": [
              {
                "symbol": "BTCUSDT",
                "orderId": 4,
                "clientOrderId": "CUhLgTXnX5n2c0gWiLpV4d"
              },
              {
                "symbol": "BTCUSDT",
                "orderId": 5,
                "clientOrderId": "1ZqG7bBuYwaF4SU8CwnwHm"
              }
            ]
          }
        ]
      }
    ]
  },
  "getOpenOrders": {
    "file": "spec/operations/get-open-orders.yaml",
    "security": "USER_DATA",
    "weight": 80,
    "rest": {
      "method": "GET",
      "path": "/api/v3/openOrders"
    },
    "wsApi": "openOrders.status",
    "examples": [
      {
        "response": [
          {
            "symbol": "LTCBTC",
            "orderId": 1,
            "orderListId": -1,
            "clientOrderId": "myOrder1",
            "price": "0.1",
            "origQty": "1.0",
            "executedQty": "0.0",
            "cummulativeQuoteQty": "0.0",
            "status": "NEW",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "stopPrice": "0.0",
            "icebergQty": "0.0",
            "time": 1499827319559,
            "updateTime": 1499827319559,
            "isWorking": true,
            "origQuoteOrderQty": "0.000000",
            "workingTime": 1499827319559,
            "selfTradePreventionMode": "NONE"
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "orderId": 12569099453,
            "orderListId": -1,
            "clientOrderId": "4d96324ff9d44481926157",
            "price": "23416.10000000",
            "origQty": "0.00847000",
            "executedQty": "0.00720000",
            "origQuoteOrderQty": "0.00000000",
            "cummulativeQuoteQty": "172.43931000",
            "status": "PARTIALLY_FILLED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "SELL",
            "stopPrice": "0.00000000",
            "icebergQty": "0.00000000",
            "time": 1660801715639,
            "updateTime": 1660801717945,
            "isWorking": true,
            "workingTime": 1660801715639,
            "selfTradePreventionMode": "NONE"
          }
        ]
      }
    ]
  },
  "getOrder": {
    "file": "spec/operations/get-order.yaml",
    "security": "USER_DATA",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/order"
    },
    "wsApi": "order.status",
    "examples": [
      {
        "response": {
          "symbol": "LTCBTC",
          "orderId": 1,
          "orderListId": -1,
          "clientOrderId": "myOrder1",
          "price": "0.1",
          "origQty": "1.0",
          "executedQty": "0.0",
          "cummulativeQuoteQty": "0.0",
          "status": "NEW",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "side": "BUY",
          "stopPrice": "0.0",
          "icebergQty": "0.0",
          "time": 1499827319559,
          "updateTime": 1499827319559,
          "isWorking": true,
          "workingTime": 1499827319559,
          "origQuoteOrderQty": "0.000000",
          "selfTradePreventionMode": "NONE"
        }
      }
    ]
  },
  "getOrderAmendments": {
    "file": "spec/operations/get-order-amendments.yaml",
    "security": "USER_DATA",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/order/amendments"
    },
    "wsApi": "order.amendments",
    "examples": [
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "orderId": 9,
            "executionId": 22,
            "origClientOrderId": "W0fJ9fiLKHOJutovPK3oJp",
            "newClientOrderId": "UQ1Np3bmQ71jJzsSDW9Vpi",
            "origQty": "5.00000000",
            "newQty": "4.00000000",
            "time": 1741669661670
          },
          {
            "symbol": "BTCUDST",
            "orderId": 9,
            "executionId": 25,
            "origClientOrderId": "UQ1Np3bmQ71jJzsSDW9Vpi",
            "newClientOrderId": "5uS0r35ohuQyDlCzZuYXq2",
            "origQty": "4.00000000",
            "newQty": "3.00000000",
            "time": 1741672924895
          }
        ]
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "orderId": 23,
            "executionId": 60,
            "origClientOrderId": "my_pending_order",
            "newClientOrderId": "xbxXh5SSwaHS7oUEOCI88B",
            "origQty": "7.00000000",
            "newQty": "5.00000000",
            "time": 1741924229819
          }
        ]
      }
    ]
  },
  "getOrderList": {
    "file": "spec/operations/get-order-list.yaml",
    "security": "USER_DATA",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/orderList"
    },
    "wsApi": "orderList.status",
    "examples": [
      {
        "response": {
          "orderListId": 27,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "h2USkA5YQpaXHPIrkd96xE",
          "transactionTime": 1565245656253,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 4,
              "clientOrderId": "qD1gy3kc3Gx0rihm9Y3xwS"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 5,
              "clientOrderId": "ARzZ9I00CPM8i3NhmU9Ega"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 1274512,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "08985fedd9ea2cf6b28996",
          "transactionTime": 1660801713793,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138901,
              "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138902,
              "clientOrderId": "jLnZpj5enfMXTuhKB1d0us"
            }
          ]
        }
      }
    ]
  },
  "getOrderRateLimit": {
    "file": "spec/operations/get-order-rate-limit.yaml",
    "security": "USER_DATA",
    "weight": 40,
    "rest": {
      "method": "GET",
      "path": "/api/v3/rateLimit/order"
    },
    "wsApi": "account.rateLimits.orders",
    "examples": [
      {
        "response": [
          {
            "rateLimitType": "ORDERS",
            "interval": "SECOND",
            "intervalNum": 10,
            "limit": 50,
            "count": 0
          },
          {
            "rateLimitType": "ORDERS",
            "interval": "DAY",
            "intervalNum": 1,
            "limit": 160000,
            "count": 0
          }
        ]
      }
    ]
  },
  "getPortfolioMarginProAccount": {
    "file": "spec/operations/sapi/get-portfolio-margin-pro-account.yaml",
    "security": "USER_DATA",
    "weight": 5,
    "weightType": "UID",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/portfolio/account"
    },
    "examples": [
      {
        "response": {
          "uniMMR": "5167.92171923",
          "accountEquity": "122607.35137903",
          "actualEquity": "142607.35137903",
          "accountMaintMargin": "23.72469206",
          "accountInitialMargin": "47.44938412",
          "totalAvailableBalance": "122,559.90199491",
          "accountStatus": "NORMAL",
          "accountType": "PM_1"
        }
      }
    ]
  },
  "getPriceTicker": {
    "file": "spec/operations/get-price-ticker.yaml",
    "security": "NONE",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ticker/price"
    },
    "wsApi": "ticker.price",
    "examples": [
      {
        "response": {
          "symbol": "LTCBTC",
          "price": "4.00000200"
        }
      },
      {
        "response": [
          {
            "symbol": "LTCBTC",
            "price": "4.00000200"
          },
          {
            "symbol": "ETHBTC",
            "price": "0.07946600"
          }
        ]
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "price": "0.01361900"
        }
      },
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "price": "0.01363700"
          },
          {
            "symbol": "BTCUSDT",
            "price": "24267.15000000"
          },
          {
            "symbol": "BNBBUSD",
            "price": "331.10000000"
          }
        ]
      }
    ]
  },
  "getRecentTrades": {
    "file": "spec/operations/get-recent-trades.yaml",
    "security": "NONE",
    "weight": 25,
    "rest": {
      "method": "GET",
      "path": "/api/v3/trades"
    },
    "wsApi": "trades.recent",
    "examples": [
      {
        "response": [
          {
            "id": 28457,
            "price": "4.00000100",
            "qty": "12.00000000",
            "quoteQty": "48.000012",
            "time": 1499865549590,
            "isBuyerMaker": true,
            "isBestMatch": true
          }
        ]
      },
      {
        "response": [
          {
            "id": 194686783,
            "price": "0.01361000",
            "qty": "0.01400000",
            "quoteQty": "0.00019054",
            "time": 1660009530807,
            "isBuyerMaker": true,
            "isBestMatch": true
          }
        ]
      }
    ]
  },
  "getReferencePrice": {
    "file": "spec/operations/get-reference-price.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/referencePrice"
    },
    "wsApi": "referencePrice",
    "examples": [
      {
        "response": {
          "symbol": "BAZUSD",
          "referencePrice": "10.00",
          "timestamp": 1770736694138
        }
      },
      {
        "response": {
          "symbol": "BAZUSD",
          "referencePrice": null,
          "timestamp": 1770736694138
        }
      },
      {
        "response": {
          "symbol": "BAZUSD",
          "referencePrice": "0.00501900",
          "timestamp": 1770946889251
        }
      },
      {
        "response": {
          "symbol": "BAZUSD",
          "referencePrice": null,
          "timestamp": 1770946889251
        }
      },
      {
        "response": {
          "code": -2043,
          "msg": "This symbol doesn't have a reference price."
        }
      }
    ]
  },
  "getReferencePriceCalculation": {
    "file": "spec/operations/get-reference-price-calculation.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/referencePrice/calculation"
    },
    "wsApi": "referencePrice.calculation",
    "examples": [
      {
        "response": {
          "symbol": "BAZUSD",
          "calculationType": "ARITHMETIC_MEAN",
          "bucketCount": 10,
          "bucketWidthMs": 1000
        }
      },
      {
        "response": {
          "symbol": "BAZUSD",
          "calculationType": "EXTERNAL",
          "externalCalculationId": 42
        }
      }
    ]
  },
  "getRollingWindowTicker": {
    "file": "spec/operations/get-rolling-window-ticker.yaml",
    "security": "NONE",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ticker"
    },
    "wsApi": "ticker",
    "examples": [
      {
        "response": {
          "symbol": "BNBBTC",
          "priceChange": "-8.00000000",
          "priceChangePercent": "-88.889",
          "weightedAvgPrice": "2.60427807",
          "openPrice": "9.00000000",
          "highPrice": "9.00000000",
          "lowPrice": "1.00000000",
          "lastPrice": "1.00000000",
          "volume": "187.00000000",
          "quoteVolume": "487.00000000",
          "openTime": 1641859200000,
          "closeTime": 1642031999999,
          "firstId": 0,
          "lastId": 60,
          "count": 61
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "priceChange": "-154.13000000",
            "priceChangePercent": "-0.740",
            "weightedAvgPrice": "20677.46305250",
            "openPrice": "20825.27000000",
            "highPrice": "20972.46000000",
            "lowPrice": "20327.92000000",
            "lastPrice": "20671.14000000",
            "volume": "72.65112300",
            "quoteVolume": "1502240.91155513",
            "openTime": 1655432400000,
            "closeTime": 1655446835460,
            "firstId": 11147809,
            "lastId": 11149775,
            "count": 1967
          },
          {
            "symbol": "BNBBTC",
            "priceChange": "0.00008530",
            "priceChangePercent": "0.823",
            "weightedAvgPrice": "0.01043129",
            "openPrice": "0.01036170",
            "highPrice": "0.01049850",
            "lowPrice": "0.01033870",
            "lastPrice": "0.01044700",
            "volume": "166.67000000",
            "quoteVolume": "1.73858301",
            "openTime": 1655432400000,
            "closeTime": 1655446835460,
            "firstId": 2351674,
            "lastId": 2352034,
            "count": 361
          }
        ]
      },
      {
        "response": {
          "symbol": "LTCBTC",
          "openPrice": "0.10000000",
          "highPrice": "2.00000000",
          "lowPrice": "0.10000000",
          "lastPrice": "2.00000000",
          "volume": "39.00000000",
          "quoteVolume": "13.40000000",
          "openTime": 1656986580000,
          "closeTime": 1657001016795,
          "firstId": 0,
          "lastId": 34,
          "count": 35
        }
      },
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "openPrice": "0.10000000",
            "highPrice": "2.00000000",
            "lowPrice": "0.10000000",
            "lastPrice": "2.00000000",
            "volume": "39.00000000",
            "quoteVolume": "13.40000000",
            "openTime": 1656986880000,
            "closeTime": 1657001297799,
            "firstId": 0,
            "lastId": 34,
            "count": 35
          },
          {
            "symbol": "LTCBTC",
            "openPrice": "0.07000000",
            "highPrice": "0.07000000",
            "lowPrice": "0.07000000",
            "lastPrice": "0.07000000",
            "volume": "33.00000000",
            "quoteVolume": "2.31000000",
            "openTime": 1656986880000,
            "closeTime": 1657001297799,
            "firstId": 0,
            "lastId": 32,
            "count": 33
          }
        ]
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "priceChange": "0.00061500",
          "priceChangePercent": "4.735",
          "weightedAvgPrice": "0.01368242",
          "openPrice": "0.01298900",
          "highPrice": "0.01418800",
          "lowPrice": "0.01296000",
          "lastPrice": "0.01360400",
          "volume": "587179.23900000",
          "quoteVolume": "8034.03382165",
          "openTime": 1659580020000,
          "closeTime": 1660184865291,
          "firstId": 192977765,
          "lastId": 195365758,
          "count": 2387994
        }
      },
      {
        "response": {
          "symbol": "BNBBTC",
          "openPrice": "0.01298900",
          "highPrice": "0.01418800",
          "lowPrice": "0.01296000",
          "lastPrice": "0.01360400",
          "volume": "587179.23900000",
          "quoteVolume": "8034.03382165",
          "openTime": 1659580020000,
          "closeTime": 1660184865291,
          "firstId": 192977765,
          "lastId": 195365758,
          "count": 2387994
        }
      },
      {
        "response": [
          {
            "symbol": "BNBBTC",
            "priceChange": "0.00061500",
            "priceChangePercent": "4.735",
            "weightedAvgPrice": "0.01368242",
            "openPrice": "0.01298900",
            "highPrice": "0.01418800",
            "lowPrice": "0.01296000",
            "lastPrice": "0.01360400",
            "volume": "587169.48600000",
            "quoteVolume": "8033.90114517",
            "openTime": 1659580020000,
            "closeTime": 1660184820927,
            "firstId": 192977765,
            "lastId": 195365700,
            "count": 2387936
          },
          {
            "symbol": "BTCUSDT",
            "priceChange": "1182.92000000",
            "priceChangePercent": "5.113",
            "weightedAvgPrice": "23349.27074846",
            "openPrice": "23135.33000000",
            "highPrice": "24491.22000000",
            "lowPrice": "22400.00000000",
            "lastPrice": "24318.25000000",
            "volume": "1039498.10978000",
            "quoteVolume": "24271522807.76838630",
            "openTime": 1659580020000,
            "closeTime": 1660184820927,
            "firstId": 1568787779,
            "lastId": 1604337406,
            "count": 35549628
          }
        ]
      }
    ]
  },
  "getServerTime": {
    "file": "spec/operations/get-server-time.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/api/v3/time"
    },
    "wsApi": "time",
    "examples": [
      {
        "response": {
          "serverTime": 1499827319559
        }
      }
    ]
  },
  "getSessionStatus": {
    "file": "spec/operations/get-session-status.yaml",
    "security": "NONE",
    "weight": 2,
    "wsApi": "session.status",
    "examples": [
      {
        "response": {
          "apiKey": null,
          "authorizedSince": null,
          "connectedSince": 1649729873021,
          "returnRateLimits": false,
          "serverTime": 1649730611671,
          "userDataStream": false
        }
      }
    ]
  },
  "getSessionSubscriptions": {
    "file": "spec/operations/get-session-subscriptions.yaml",
    "security": "NONE",
    "weight": 2,
    "wsApi": "session.subscriptions",
    "examples": [
      {
        "response": [
          {
            "subscriptionId": 0
          },
          {
            "subscriptionId": 1
          }
        ]
      }
    ]
  },
  "getSubAccountApiIpRestriction": {
    "file": "spec/operations/sapi/get-sub-account-api-ip-restriction.yaml",
    "security": "USER_DATA",
    "weight": 3000,
    "weightType": "UID",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/sub-account/subAccountApi/ipRestriction"
    },
    "examples": [
      {
        "response": {
          "ipRestrict": "true",
          "ipList": [
            "69.210.67.14",
            "8.34.21.10"
          ],
          "updateTime": 1636371437000,
          "apiKey": "k5V49ldtn4tszj6W3hystegdfvmGbqDzjmkCtpTvC0G74WhK7yd4rfCTo4lShf"
        }
      }
    ]
  },
  "getSubAccountList": {
    "file": "spec/operations/sapi/get-sub-account-list.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/sub-account/list"
    },
    "examples": [
      {
        "response": {
          "subAccounts": [
            {
              "subUserId": 123456,
              "email": "testsub@gmail.com",
              "remark": "remark",
              "isFreeze": false,
              "createTime": 1544433328000,
              "isManagedSubAccount": false,
              "isAssetManagementSubAccount": false
            }
          ]
        }
      }
    ]
  },
  "getSubAccountMarginAccount": {
    "file": "spec/operations/sapi/get-sub-account-margin-account.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/sub-account/margin/account"
    },
    "examples": [
      {
        "response": {
          "email": "123@test.com",
          "marginLevel": "11.64405625",
          "totalAssetOfBtc": "6.82728457",
          "totalLiabilityOfBtc": "0.58633215",
          "totalNetAssetOfBtc": "6.24095242",
          "marginTradeCoeffVo": {
            "forceLiquidationBar": "1.10000000",
            "marginCallBar": "1.50000000",
            "normalBar": "2.00000000"
          },
          "marginUserAssetVoList": [
            {
              "asset": "BTC",
              "borrowed": "0.00000000",
              "free": "0.00499500",
              "interest": "0.00000000",
              "locked": "0.00000000",
              "netAsset": "0.00499500"
            }
          ]
        }
      }
    ]
  },
  "getSubAccountMarginSummary": {
    "file": "spec/operations/sapi/get-sub-account-margin-summary.yaml",
    "security": "USER_DATA",
    "weight": 10,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/sub-account/margin/accountSummary"
    },
    "examples": [
      {
        "response": {
          "totalAssetOfBtc": "4.33333333",
          "totalLiabilityOfBtc": "2.11111112",
          "totalNetAssetOfBtc": "2.22222221",
          "subAccountList": [
            {
              "email": "123@test.com",
              "totalAssetOfBtc": "2.11111111",
              "totalLiabilityOfBtc": "1.11111111",
              "totalNetAssetOfBtc": "1.00000000"
            },
            {
              "email": "345@test.com",
              "totalAssetOfBtc": "2.11111112",
              "totalLiabilityOfBtc": "1.00000001",
              "totalNetAssetOfBtc": "1.22222221"
            }
          ]
        }
      }
    ]
  },
  "getSubAccountUniversalTransferHistory": {
    "file": "spec/operations/sapi/get-sub-account-universal-transfer-history.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/sub-account/universalTransfer"
    },
    "examples": [
      {
        "response": {
          "result": [
            {
              "tranId": 92275823339,
              "fromEmail": "abctest@gmail.com",
              "toEmail": "deftest@gmail.com",
              "asset": "BNB",
              "amount": "0.01",
              "createTimeStamp": 1640317374000,
              "fromAccountType": "USDT_FUTURE",
              "toAccountType": "SPOT",
              "status": "SUCCESS",
              "clientTranId": "test"
            }
          ],
          "totalCount": 1
        }
      }
    ]
  },
  "getTradingDayTicker": {
    "file": "spec/operations/get-trading-day-ticker.yaml",
    "security": "NONE",
    "weight": 4,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ticker/tradingDay"
    },
    "wsApi": "ticker.tradingDay",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "priceChange": "-83.13000000",
          "priceChangePercent": "-0.317",
          "weightedAvgPrice": "26234.58803036",
          "openPrice": "26304.80000000",
          "highPrice": "26397.46000000",
          "lowPrice": "26088.34000000",
          "lastPrice": "26221.67000000",
          "volume": "18495.35066000",
          "quoteVolume": "485217905.04210480",
          "openTime": 1695686400000,
          "closeTime": 1695772799999,
          "firstId": 3220151555,
          "lastId": 3220849281,
          "count": 697727
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "priceChange": "-83.13000000",
            "priceChangePercent": "-0.317",
            "weightedAvgPrice": "26234.58803036",
            "openPrice": "26304.80000000",
            "highPrice": "26397.46000000",
            "lowPrice": "26088.34000000",
            "lastPrice": "26221.67000000",
            "volume": "18495.35066000",
            "quoteVolume": "485217905.04210480",
            "openTime": 1695686400000,
            "closeTime": 1695772799999,
            "firstId": 3220151555,
            "lastId": 3220849281,
            "count": 697727
          },
          {
            "symbol": "BNBUSDT",
            "priceChange": "2.60000000",
            "priceChangePercent": "1.238",
            "weightedAvgPrice": "211.92276958",
            "openPrice": "210.00000000",
            "highPrice": "213.70000000",
            "lowPrice": "209.70000000",
            "lastPrice": "212.60000000",
            "volume": "280709.58900000",
            "quoteVolume": "59488753.54750000",
            "openTime": 1695686400000,
            "closeTime": 1695772799999,
            "firstId": 672397461,
            "lastId": 672496158,
            "count": 98698
          }
        ]
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "openPrice": "26304.80000000",
          "highPrice": "26397.46000000",
          "lowPrice": "26088.34000000",
          "lastPrice": "26221.67000000",
          "volume": "18495.35066000",
          "quoteVolume": "485217905.04210480",
          "openTime": 1695686400000,
          "closeTime": 1695772799999,
          "firstId": 3220151555,
          "lastId": 3220849281,
          "count": 697727
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "openPrice": "26304.80000000",
            "highPrice": "26397.46000000",
            "lowPrice": "26088.34000000",
            "lastPrice": "26221.67000000",
            "volume": "18495.35066000",
            "quoteVolume": "485217905.04210480",
            "openTime": 1695686400000,
            "closeTime": 1695772799999,
            "firstId": 3220151555,
            "lastId": 3220849281,
            "count": 697727
          },
          {
            "symbol": "BNBUSDT",
            "openPrice": "210.00000000",
            "highPrice": "213.70000000",
            "lowPrice": "209.70000000",
            "lastPrice": "212.60000000",
            "volume": "280709.58900000",
            "quoteVolume": "59488753.54750000",
            "openTime": 1695686400000,
            "closeTime": 1695772799999,
            "firstId": 672397461,
            "lastId": 672496158,
            "count": 98698
          }
        ]
      }
    ]
  },
  "getUiKlines": {
    "file": "spec/operations/get-ui-klines.yaml",
    "security": "NONE",
    "weight": 2,
    "rest": {
      "method": "GET",
      "path": "/api/v3/uiKlines"
    },
    "wsApi": "uiKlines",
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
            "0"
          ]
        ]
      },
      {
        "response": [
          [
            1655971200000,
            "0.01086000",
            "0.01086600",
            "0.01083600",
            "0.01083800",
            "2290.53800000",
            1655974799999,
            "24.85074442",
            2283,
            "1171.64000000",
            "12.71225884",
            "0"
          ]
        ]
      }
    ]
  },
  "getUniversalTransferHistory": {
    "file": "spec/operations/sapi/get-universal-transfer-history.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "GET",
      "path": "/sapi/v1/asset/transfer"
    },
    "examples": [
      {
        "params": {
          "type": "MAIN_MARGIN"
        },
        "response": {
          "total": 2,
          "rows": [
            {
              "asset": "USDT",
              "amount": "1",
              "type": "MAIN_UMFUTURE",
              "status": "CONFIRMED",
              "tranId": 11415955596,
              "timestamp": 1544433328000
            },
            {
              "asset": "USDT",
              "amount": "2",
              "type": "MAIN_UMFUTURE",
              "status": "CONFIRMED",
              "tranId": 11366865406,
              "timestamp": 1544433328000
            }
          ]
        }
      }
    ]
  },
  "logon": {
    "file": "spec/operations/logon.yaml",
    "security": "USER_DATA",
    "weight": 2,
    "wsApi": "session.logon",
    "examples": [
      {
        "response": {
          "apiKey": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
          "authorizedSince": 1649729878532,
          "connectedSince": 1649729873021,
          "returnRateLimits": false,
          "serverTime": 1649729878630,
          "userDataStream": false
        }
      }
    ]
  },
  "logout": {
    "file": "spec/operations/logout.yaml",
    "security": "NONE",
    "weight": 2,
    "wsApi": "session.logout",
    "examples": [
      {
        "response": {
          "apiKey": null,
          "authorizedSince": null,
          "connectedSince": 1649729873021,
          "returnRateLimits": false,
          "serverTime": 1649730611671,
          "userDataStream": false
        }
      }
    ]
  },
  "marginBorrowRepay": {
    "file": "spec/operations/sapi/margin-borrow-repay.yaml",
    "security": "USER_DATA",
    "weight": 1500,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/borrow-repay"
    },
    "examples": [
      {
        "params": {
          "asset": "BTC",
          "isIsolated": "FALSE",
          "amount": "0.01",
          "type": "BORROW"
        },
        "response": {
          "tranId": 100000001
        }
      }
    ]
  },
  "ping": {
    "file": "spec/operations/ping.yaml",
    "security": "NONE",
    "weight": 1,
    "rest": {
      "method": "GET",
      "path": "/api/v3/ping"
    },
    "wsApi": "ping",
    "examples": [
      {
        "response": {}
      }
    ]
  },
  "placeMarginOcoOrder": {
    "file": "spec/operations/sapi/place-margin-oco-order.yaml",
    "security": "TRADE",
    "weight": 6,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/order/oco"
    },
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "JYVpp3F0f5CAG15DhtrqLp",
          "transactionTime": 1563417480525,
          "symbol": "LTCBTC",
          "marginBuyBorrowAmount": "5",
          "marginBuyBorrowAsset": "BTC",
          "isIsolated": false,
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "clientOrderId": "xTXKaGYd4bluPVp78IVRvl"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "orderListId": 0,
              "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos",
              "transactTime": 1563417480525,
              "price": "0.000000",
              "origQty": "0.624363",
              "executedQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS",
              "side": "BUY",
              "stopPrice": "0.960664",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "orderListId": 0,
              "clientOrderId": "xTXKaGYd4bluPVp78IVRvl",
              "transactTime": 1563417480525,
              "price": "0.036435",
              "origQty": "0.624363",
              "executedQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "BUY",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeMarginOrder": {
    "file": "spec/operations/sapi/place-margin-order.yaml",
    "security": "TRADE",
    "weight": 6,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/order"
    },
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "isIsolated": true,
          "transactTime": 1507725176595
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595,
          "price": "1.00000000",
          "origQty": "10.00000000",
          "executedQty": "10.00000000",
          "cummulativeQuoteQty": "10.00000000",
          "status": "FILLED",
          "timeInForce": "GTC",
          "type": "MARKET",
          "isIsolated": true,
          "side": "SELL",
          "selfTradePreventionMode": "NONE"
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595,
          "price": "1.00000000",
          "origQty": "10.00000000",
          "executedQty": "10.00000000",
          "cummulativeQuoteQty": "10.00000000",
          "status": "FILLED",
          "timeInForce": "GTC",
          "type": "MARKET",
          "side": "SELL",
          "marginBuyBorrowAmount": 5,
          "marginBuyBorrowAsset": "BTC",
          "isIsolated": true,
          "selfTradePreventionMode": "NONE",
          "fills": [
            {
              "price": "4000.00000000",
              "qty": "1.00000000",
              "commission": "4.00000000",
              "commissionAsset": "USDT"
            },
            {
              "price": "3999.00000000",
              "qty": "5.00000000",
              "commission": "19.99500000",
              "commissionAsset": "USDT"
            }
          ]
        }
      }
    ]
  },
  "placeMarginOtoOrder": {
    "file": "spec/operations/sapi/place-margin-oto-order.yaml",
    "security": "TRADE",
    "weight": 6,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/order/oto"
    },
    "examples": [
      {
        "response": {
          "orderListId": 13551,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "JDuOrsu0Ge8GTyvx8J7VTD",
          "transactionTime": 1725521998054,
          "symbol": "BTCUSDT",
          "isIsolated": false,
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 29896699,
              "clientOrderId": "y8RB6tQEMuHUXybqbtzTxk"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 29896700,
              "clientOrderId": "dKQEdh5HhXb7Lpp85jz1dQ"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 29896699,
              "orderListId": 13551,
              "clientOrderId": "y8RB6tQEMuHUXybqbtzTxk",
              "transactTime": 1725521998054,
              "price": "80000.00000000",
              "origQty": "0.02000000",
              "executedQty": "0",
              "cummulativeQuoteQty": "0",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "SELL",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 29896700,
              "orderListId": 13551,
              "clientOrderId": "dKQEdh5HhXb7Lpp85jz1dQ",
              "transactTime": 1725521998054,
              "price": "50000.00000000",
              "origQty": "0.02000000",
              "executedQty": "0",
              "cummulativeQuoteQty": "0",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeMarginOtocoOrder": {
    "file": "spec/operations/sapi/place-margin-otoco-order.yaml",
    "security": "TRADE",
    "weight": 6,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/margin/order/otoco"
    },
    "examples": [
      {
        "response": {
          "orderListId": 13509,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "u2AUo48LLef5qVenRtwJZy",
          "transactionTime": 1725521881300,
          "symbol": "BNBUSDT",
          "isIsolated": false,
          "orders": [
            {
              "symbol": "BNBUSDT",
              "orderId": 28282534,
              "clientOrderId": "IfYDxvrZI4kiyqYpRH13iI"
            },
            {
              "symbol": "BNBUSDT",
              "orderId": 28282535,
              "clientOrderId": "0HCSsPRxVfW8BkTUy9z4np"
            },
            {
              "symbol": "BNBUSDT",
              "orderId": 28282536,
              "clientOrderId": "dypsgdxWnLKpQuPnJN2pq2"
            }
          ],
          "orderReports": [
            {
              "symbol": "BNBUSDT",
              "orderId": 28282534,
              "orderListId": 13509,
              "clientOrderId": "IfYDxvrZI4kiyqYpRH13iI",
              "transactTime": 1725521881300,
              "price": "300.00000000",
              "origQty": "1.00000000",
              "executedQty": "0",
              "cummulativeQuoteQty": "0",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BNBUSDT",
              "orderId": 28282535,
              "orderListId": 13509,
              "clientOrderId": "0HCSsPRxVfW8BkTUy9z4np",
              "transactTime": 1725521881300,
              "price": "0.00000000",
              "origQty": "1.00000000",
              "executedQty": "0",
              "cummulativeQuoteQty": "0",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS",
              "side": "SELL",
              "stopPrice": "299.00000000",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BNBUSDT",
              "orderId": 28282536,
              "orderListId": 13509,
              "clientOrderId": "dypsgdxWnLKpQuPnJN2pq2",
              "transactTime": 1725521881300,
              "price": "301.00000000",
              "origQty": "1.00000000",
              "executedQty": "0",
              "cummulativeQuoteQty": "0",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOcoOrderDeprecated": {
    "file": "spec/operations/place-oco-order-deprecated.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/order/oco"
    },
    "wsApi": "orderList.place",
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "JYVpp3F0f5CAG15DhtrqLp",
          "transactionTime": 1563417480525,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "clientOrderId": "xTXKaGYd4bluPVp78IVRvl"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "orderId": 2,
              "orderListId": 0,
              "clientOrderId": "Kk7sqHb9J6mJWTMDVW7Vos",
              "transactTime": 1563417480525,
              "price": "0.000000",
              "origQty": "0.624363",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS",
              "side": "BUY",
              "stopPrice": "0.960664",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 3,
              "orderListId": 0,
              "clientOrderId": "xTXKaGYd4bluPVp78IVRvl",
              "transactTime": 1563417480525,
              "price": "0.036435",
              "origQty": "0.624363",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "BUY",
              "workingTime": 1563417480525,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 1274512,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "08985fedd9ea2cf6b28996",
          "transactionTime": 1660801713793,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138901,
              "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138902,
              "clientOrderId": "jLnZpj5enfMXTuhKB1d0us"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138901,
              "orderListId": 1274512,
              "clientOrderId": "BqtFCj5odMoWtSqGk2X9tU",
              "transactTime": 1660801713793,
              "price": "23410.00000000",
              "origQty": "0.00650000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "23405.00000000",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 12569138902,
              "orderListId": 1274512,
              "clientOrderId": "jLnZpj5enfMXTuhKB1d0us",
              "transactTime": 1660801713793,
              "price": "23420.00000000",
              "origQty": "0.00650000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "workingTime": 1660801713793,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOcoOrderList": {
    "file": "spec/operations/place-oco-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/orderList/oco"
    },
    "wsApi": "orderList.place.oco",
    "examples": [
      {
        "response": {
          "orderListId": 1,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "lH1YDkuQKWiXVXHPSKYEIp",
          "transactionTime": 1710485608839,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 10,
              "clientOrderId": "44nZvqpemY7sVYgPYbvPih"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 11,
              "clientOrderId": "NuMp0nVYnciDiFmVqfpBqK"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "orderId": 10,
              "orderListId": 1,
              "clientOrderId": "44nZvqpemY7sVYgPYbvPih",
              "transactTime": 1710485608839,
              "price": "1.00000000",
              "origQty": "5.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "1.00000000",
              "workingTime": -1,
              "icebergQty": "1.00000000",
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 11,
              "orderListId": 1,
              "clientOrderId": "NuMp0nVYnciDiFmVqfpBqK",
              "transactTime": 1710485608839,
              "price": "3.00000000",
              "origQty": "5.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "workingTime": 1710485608839,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 2,
          "contingencyType": "OCO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "cKPMnDCbcLQILtDYM4f4fX",
          "transactionTime": 1711062760648,
          "symbol": "LTCBNB",
          "orders": [
            {
              "symbol": "LTCBNB",
              "orderId": 2,
              "clientOrderId": "0m6I4wfxvTUrOBSMUl0OPU"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 3,
              "clientOrderId": "Z2IMlR79XNY5LU0tOxrWyW"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBNB",
              "orderId": 2,
              "orderListId": 2,
              "clientOrderId": "0m6I4wfxvTUrOBSMUl0OPU",
              "transactTime": 1711062760648,
              "price": "1.50000000",
              "origQty": "1.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "BUY",
              "stopPrice": "1.50000001",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 3,
              "orderListId": 2,
              "clientOrderId": "Z2IMlR79XNY5LU0tOxrWyW",
              "transactTime": 1711062760648,
              "price": "1.49999999",
              "origQty": "1.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "BUY",
              "workingTime": 1711062760648,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOpoOrderList": {
    "file": "spec/operations/place-opo-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/orderList/opo"
    },
    "wsApi": "orderList.place.opo",
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "H94qCqO27P74OEiO4X8HOG",
          "transactionTime": 1762998011671,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 2,
              "clientOrderId": "JX6xfdjo0wysiGumfHNmPu"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 3,
              "clientOrderId": "2ZJCY0IjOhuYIMLGN8kU8S"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 2,
              "orderListId": 0,
              "clientOrderId": "JX6xfdjo0wysiGumfHNmPu",
              "transactTime": 1762998011671,
              "price": "102264.00000000",
              "origQty": "0.00060000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "workingTime": 1762998011671,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 3,
              "orderListId": 0,
              "clientOrderId": "2ZJCY0IjOhuYIMLGN8kU8S",
              "transactTime": 1762998011671,
              "price": "0.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "MARKET",
              "side": "SELL",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 2,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "OiOgqvRagBefpzdM5gjYX3",
          "transactionTime": 1762941318142,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 2,
              "clientOrderId": "pUzhKBbc0ZVdMScIRAqitH"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 3,
              "clientOrderId": "x7ISSjywZxFXOdzwsThNnd"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 2,
              "orderListId": 2,
              "clientOrderId": "pUzhKBbc0ZVdMScIRAqitH",
              "transactTime": 1762941318142,
              "price": "101496.00000000",
              "origQty": "0.00070000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "workingTime": 1762941318142,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 3,
              "orderListId": 2,
              "clientOrderId": "x7ISSjywZxFXOdzwsThNnd",
              "transactTime": 1762941318142,
              "price": "0.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "MARKET",
              "side": "SELL",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOpocoOrderList": {
    "file": "spec/operations/place-opoco-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/orderList/opoco"
    },
    "wsApi": "orderList.place.opoco",
    "examples": [
      {
        "response": {
          "orderListId": 2,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "bcedxMpQG6nFrZUPQyshoL",
          "transactionTime": 1763000506354,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 9,
              "clientOrderId": "OLSBhMWaIlLSzZ9Zm7fnKB"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 10,
              "clientOrderId": "mfif39yPTHsB3C0FIXznR2"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 11,
              "clientOrderId": "yINkaXSJeoi3bU5vWMY8Z8"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 9,
              "orderListId": 2,
              "clientOrderId": "OLSBhMWaIlLSzZ9Zm7fnKB",
              "transactTime": 1763000506354,
              "price": "102496.00000000",
              "origQty": "0.00170000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "workingTime": 1763000506354,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 10,
              "orderListId": 2,
              "clientOrderId": "mfif39yPTHsB3C0FIXznR2",
              "transactTime": 1763000506354,
              "price": "101613.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "10100.00000000",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 11,
              "orderListId": 2,
              "clientOrderId": "yINkaXSJeoi3bU5vWMY8Z8",
              "transactTime": 1763000506354,
              "price": "104261.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 1,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "TVbG6ymkYMXTj7tczbOsBf",
          "transactionTime": 1763000139104,
          "symbol": "BTCUSDT",
          "orders": [
            {
              "symbol": "BTCUSDT",
              "orderId": 6,
              "clientOrderId": "3czuJSeyjPwV9Xo28j1Dv3"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 7,
              "clientOrderId": "kyIKnMLKQclE5FmyYgaMSo"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 8,
              "clientOrderId": "i76cGJWN9J1FpADS56TtQZ"
            }
          ],
          "orderReports": [
            {
              "symbol": "BTCUSDT",
              "orderId": 6,
              "orderListId": 1,
              "clientOrderId": "3czuJSeyjPwV9Xo28j1Dv3",
              "transactTime": 1763000139104,
              "price": "102496.00000000",
              "origQty": "0.00170000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "workingTime": 1763000139104,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 7,
              "orderListId": 1,
              "clientOrderId": "kyIKnMLKQclE5FmyYgaMSo",
              "transactTime": 1763000139104,
              "price": "101613.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "IOC",
              "type": "STOP_LOSS_LIMIT",
              "side": "SELL",
              "stopPrice": "10100.00000000",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "BTCUSDT",
              "orderId": 8,
              "orderListId": 1,
              "clientOrderId": "i76cGJWN9J1FpADS56TtQZ",
              "transactTime": 1763000139104,
              "price": "104261.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.00000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOrder": {
    "file": "spec/operations/place-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/order"
    },
    "wsApi": "order.place",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "orderListId": -1,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "orderListId": -1,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595,
          "price": "0.00000000",
          "origQty": "10.00000000",
          "executedQty": "10.00000000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "10.00000000",
          "status": "FILLED",
          "timeInForce": "GTC",
          "type": "MARKET",
          "side": "SELL",
          "workingTime": 1507725176595,
          "selfTradePreventionMode": "NONE"
        }
      },
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 28,
          "orderListId": -1,
          "clientOrderId": "6gCrw2kRUAF9CvJDGP16IP",
          "transactTime": 1507725176595,
          "price": "0.00000000",
          "origQty": "10.00000000",
          "executedQty": "10.00000000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "10.00000000",
          "status": "FILLED",
          "timeInForce": "GTC",
          "type": "MARKET",
          "side": "SELL",
          "workingTime": 1507725176595,
          "selfTradePreventionMode": "NONE",
          "fills": [
            {
              "price": "4000.00000000",
              "qty": "1.00000000",
              "commission": "4.00000000",
              "commissionAsset": "USDT",
              "tradeId": 56
            }
          ]
        }
      }
    ]
  },
  "placeOtoOrderList": {
    "file": "spec/operations/place-oto-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/orderList/oto"
    },
    "wsApi": "orderList.place.oto",
    "examples": [
      {
        "response": {
          "orderListId": 0,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "yl2ERtcar1o25zcWtqVBTC",
          "transactionTime": 1712289389158,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 4,
              "clientOrderId": "Bq17mn9fP6vyCn75Jw1xya"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 5,
              "clientOrderId": "arLFo0zGJVDE69cvGBaU0d"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "orderId": 4,
              "orderListId": 0,
              "clientOrderId": "Bq17mn9fP6vyCn75Jw1xya",
              "transactTime": 1712289389158,
              "price": "1.00000000",
              "origQty": "1.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "SELL",
              "workingTime": 1712289389158,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 5,
              "orderListId": 0,
              "clientOrderId": "arLFo0zGJVDE69cvGBaU0d",
              "transactTime": 1712289389158,
              "price": "0.00000000",
              "origQty": "5.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "MARKET",
              "side": "BUY",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 626,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "KA4EBjGnzvSwSCQsDdTrlf",
          "transactionTime": 1712544395981,
          "symbol": "1712544378871",
          "orders": [
            {
              "symbol": "LTCBNB",
              "orderId": 13,
              "clientOrderId": "YiAUtM9yJjl1a2jXHSp9Ny"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 14,
              "clientOrderId": "9MxJSE1TYkmyx5lbGLve7R"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBNB",
              "orderId": 13,
              "orderListId": 626,
              "clientOrderId": "YiAUtM9yJjl1a2jXHSp9Ny",
              "transactTime": 1712544395981,
              "price": "1.000000",
              "origQty": "1.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "SELL",
              "workingTime": 1712544395981,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 14,
              "orderListId": 626,
              "clientOrderId": "9MxJSE1TYkmyx5lbGLve7R",
              "transactTime": 1712544395981,
              "price": "0.000000",
              "origQty": "1.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "MARKET",
              "side": "BUY",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeOtocoOrderList": {
    "file": "spec/operations/place-otoco-order-list.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/orderList/otoco"
    },
    "wsApi": "orderList.place.otoco",
    "examples": [
      {
        "response": {
          "orderListId": 1,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "RumwQpBaDctlUu5jyG5rs0",
          "transactionTime": 1712291372842,
          "symbol": "LTCBTC",
          "orders": [
            {
              "symbol": "LTCBTC",
              "orderId": 6,
              "clientOrderId": "fM9Y4m23IFJVCQmIrlUmMK"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 7,
              "clientOrderId": "6pcQbFIzTXGZQ1e2MkGDq4"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 8,
              "clientOrderId": "r4JMv9cwAYYUwwBZfbussx"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBTC",
              "orderId": 6,
              "orderListId": 1,
              "clientOrderId": "fM9Y4m23IFJVCQmIrlUmMK",
              "transactTime": 1712291372842,
              "price": "1.00000000",
              "origQty": "1.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "SELL",
              "workingTime": 1712291372842,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 7,
              "orderListId": 1,
              "clientOrderId": "6pcQbFIzTXGZQ1e2MkGDq4",
              "transactTime": 1712291372842,
              "price": "1.00000000",
              "origQty": "5.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "IOC",
              "type": "STOP_LOSS_LIMIT",
              "side": "BUY",
              "stopPrice": "6.00000000",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBTC",
              "orderId": 8,
              "orderListId": 1,
              "clientOrderId": "r4JMv9cwAYYUwwBZfbussx",
              "transactTime": 1712291372842,
              "price": "3.00000000",
              "origQty": "5.00000000",
              "executedQty": "0.00000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.00000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "BUY",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      },
      {
        "response": {
          "orderListId": 629,
          "contingencyType": "OTO",
          "listStatusType": "EXEC_STARTED",
          "listOrderStatus": "EXECUTING",
          "listClientOrderId": "GaeJHjZPasPItFj4x7Mqm6",
          "transactionTime": 1712544408537,
          "symbol": "1712544378871",
          "orders": [
            {
              "symbol": "LTCBNB",
              "orderId": 23,
              "clientOrderId": "OVQOpKwfmPCfaBTD0n7e7H"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 24,
              "clientOrderId": "YcCPKCDMQIjNvLtNswt82X"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 25,
              "clientOrderId": "ilpIoShcFZ1ZGgSASKxMPt"
            }
          ],
          "orderReports": [
            {
              "symbol": "LTCBNB",
              "orderId": 23,
              "orderListId": 629,
              "clientOrderId": "OVQOpKwfmPCfaBTD0n7e7H",
              "transactTime": 1712544408537,
              "price": "1.500000",
              "origQty": "1.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "NEW",
              "timeInForce": "GTC",
              "type": "LIMIT",
              "side": "BUY",
              "workingTime": 1712544408537,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 24,
              "orderListId": 629,
              "clientOrderId": "YcCPKCDMQIjNvLtNswt82X",
              "transactTime": 1712544408537,
              "price": "0.000000",
              "origQty": "5.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "STOP_LOSS",
              "side": "SELL",
              "stopPrice": "0.500000",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            },
            {
              "symbol": "LTCBNB",
              "orderId": 25,
              "orderListId": 629,
              "clientOrderId": "ilpIoShcFZ1ZGgSASKxMPt",
              "transactTime": 1712544408537,
              "price": "5.000000",
              "origQty": "5.000000",
              "executedQty": "0.000000",
              "origQuoteOrderQty": "0.000000",
              "cummulativeQuoteQty": "0.000000",
              "status": "PENDING_NEW",
              "timeInForce": "GTC",
              "type": "LIMIT_MAKER",
              "side": "SELL",
              "workingTime": -1,
              "selfTradePreventionMode": "NONE"
            }
          ]
        }
      }
    ]
  },
  "placeSorOrder": {
    "file": "spec/operations/place-sor-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/sor/order"
    },
    "wsApi": "sor.order.place",
    "examples": [
      {
        "response": {
          "symbol": "BTCUSDT",
          "orderId": 2,
          "orderListId": -1,
          "clientOrderId": "sBI1KM6nNtOfj5tccZSKly",
          "transactTime": 1689149087774,
          "price": "31000.00000000",
          "origQty": "0.50000000",
          "executedQty": "0.50000000",
          "origQuoteOrderQty": "0.000000",
          "cummulativeQuoteQty": "14000.00000000",
          "status": "FILLED",
          "timeInForce": "GTC",
          "type": "LIMIT",
          "side": "BUY",
          "workingTime": 1689149087774,
          "fills": [
            {
              "matchType": "ONE_PARTY_TRADE_REPORT",
              "price": "28000.00000000",
              "qty": "0.50000000",
              "commission": "0.00000000",
              "commissionAsset": "BTC",
              "tradeId": -1,
              "allocId": 0
            }
          ],
          "workingFloor": "SOR",
          "selfTradePreventionMode": "NONE",
          "usedSor": true
        }
      },
      {
        "response": [
          {
            "symbol": "BTCUSDT",
            "orderId": 2,
            "orderListId": -1,
            "clientOrderId": "sBI1KM6nNtOfj5tccZSKly",
            "transactTime": 1689149087774,
            "price": "31000.00000000",
            "origQty": "0.50000000",
            "executedQty": "0.50000000",
            "origQuoteOrderQty": "0.000000",
            "cummulativeQuoteQty": "14000.00000000",
            "status": "FILLED",
            "timeInForce": "GTC",
            "type": "LIMIT",
            "side": "BUY",
            "workingTime": 1689149087774,
            "fills": [
              {
                "matchType": "ONE_PARTY_TRADE_REPORT",
                "price": "28000.00000000",
                "qty": "0.50000000",
                "commission": "0.00000000",
                "commissionAsset": "BTC",
                "tradeId": -1,
                "allocId": 0
              }
            ],
            "workingFloor": "SOR",
            "selfTradePreventionMode": "NONE",
            "usedSor": true
          }
        ]
      }
    ]
  },
  "subAccountTransferToMaster": {
    "file": "spec/operations/sapi/sub-account-transfer-to-master.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/sub-account/transfer/subToMaster"
    },
    "examples": [
      {
        "response": {
          "txnId": "2966662589"
        }
      }
    ]
  },
  "subAccountTransferToSub": {
    "file": "spec/operations/sapi/sub-account-transfer-to-sub.yaml",
    "security": "USER_DATA",
    "weight": 1,
    "weightType": "IP",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/sub-account/transfer/subToSub"
    },
    "examples": [
      {
        "response": {
          "txnId": "2966662589"
        }
      }
    ]
  },
  "subAccountUniversalTransfer": {
    "file": "spec/operations/sapi/sub-account-universal-transfer.yaml",
    "security": "USER_DATA",
    "weight": 360,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/sub-account/universalTransfer"
    },
    "examples": [
      {
        "response": {
          "tranId": 11945860693,
          "clientTranId": "test"
        }
      }
    ]
  },
  "subscribeUserDataStream": {
    "file": "spec/operations/subscribe-user-data-stream.yaml",
    "security": "USER_STREAM",
    "weight": 2,
    "wsApi": "userDataStream.subscribe",
    "examples": [
      {
        "response": {
          "subscriptionId": 0
        }
      }
    ]
  },
  "subscribeUserDataStreamListenToken": {
    "file": "spec/operations/subscribe-user-data-stream-listen-token.yaml",
    "security": "NONE",
    "weight": 2,
    "wsApi": "userDataStream.subscribe.listenToken",
    "examples": [
      {
        "params": {
          "listenToken": "5DbylArkmImhyHkpG6s9tbiFy5uAMTFwzx9vwsFjDv9dC3GkKxSuoTCj0HvcJC0WYi8fA"
        },
        "response": {
          "subscriptionId": 0,
          "expirationTime": 1749094553955
        }
      }
    ]
  },
  "subscribeUserDataStreamSignature": {
    "file": "spec/operations/subscribe-user-data-stream-signature.yaml",
    "security": "USER_DATA",
    "weight": 2,
    "wsApi": "userDataStream.subscribe.signature",
    "examples": [
      {
        "response": {
          "subscriptionId": 0
        }
      }
    ]
  },
  "testOrder": {
    "file": "spec/operations/test-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/order/test"
    },
    "wsApi": "order.test",
    "examples": [
      {
        "response": {}
      },
      {
        "response": {
          "standardCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "specialCommissionForOrder": {
            "maker": "0.05000000",
            "taker": "0.06000000"
          },
          "taxCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "discount": {
            "enabledForAccount": true,
            "enabledForSymbol": true,
            "discountAsset": "BNB",
            "discount": "0.25000000"
          }
        }
      }
    ]
  },
  "testSorOrder": {
    "file": "spec/operations/test-sor-order.yaml",
    "security": "TRADE",
    "weight": 1,
    "rest": {
      "method": "POST",
      "path": "/api/v3/sor/order/test"
    },
    "wsApi": "sor.order.test",
    "examples": [
      {
        "response": {}
      },
      {
        "response": {
          "standardCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "taxCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "discount": {
            "enabledForAccount": true,
            "enabledForSymbol": true,
            "discountAsset": "BNB",
            "discount": "0.25000000"
          }
        }
      },
      {
        "response": {
          "standardCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "taxCommissionForOrder": {
            "maker": "0.00000112",
            "taker": "0.00000114"
          },
          "discount": {
            "enabledForAccount": true,
            "enabledForSymbol": true,
            "discountAsset": "BNB",
            "discount": "0.25"
          }
        }
      }
    ]
  },
  "universalTransfer": {
    "file": "spec/operations/sapi/universal-transfer.yaml",
    "security": "USER_DATA",
    "weight": 900,
    "weightType": "UID",
    "rest": {
      "method": "POST",
      "path": "/sapi/v1/asset/transfer"
    },
    "examples": [
      {
        "params": {
          "type": "MAIN_MARGIN",
          "asset": "USDT",
          "amount": "1"
        },
        "response": {
          "tranId": 13526853623
        }
      }
    ]
  },
  "unsubscribeUserDataStream": {
    "file": "spec/operations/unsubscribe-user-data-stream.yaml",
    "security": "NONE",
    "weight": 2,
    "wsApi": "userDataStream.unsubscribe",
    "examples": [
      {
        "response": {}
      }
    ]
  }
};

/** A user data event's spec file, its `e`, and its example payloads (for the local exchange's `emitUserData`). */
export type UserDataExamples = { readonly file: string; readonly eventType: string; readonly payloads: readonly object[] };

/** Example payloads of every user data event, by event name. */
export const userDataExamples: Readonly<Record<string, UserDataExamples>> = {
  "balanceUpdate": {
    "file": "spec/user-data/balance-update.yaml",
    "eventType": "balanceUpdate",
    "payloads": [
      {
        "e": "balanceUpdate",
        "E": 1573200697110,
        "a": "BTC",
        "d": "100.00000000",
        "T": 1573200697068
      }
    ]
  },
  "eventStreamTerminated": {
    "file": "spec/user-data/event-stream-terminated.yaml",
    "eventType": "eventStreamTerminated",
    "payloads": [
      {
        "e": "eventStreamTerminated",
        "E": 1728973001334
      }
    ]
  },
  "executionReport": {
    "file": "spec/user-data/execution-report.yaml",
    "eventType": "executionReport",
    "payloads": [
      {
        "e": "executionReport",
        "E": 1499405658658,
        "s": "ETHBTC",
        "c": "mUvoqJxFIILMdfAW5iGSOW",
        "S": "BUY",
        "o": "LIMIT",
        "f": "GTC",
        "q": "1.00000000",
        "p": "0.10264410",
        "P": "0.00000000",
        "F": "0.00000000",
        "g": -1,
        "C": "",
        "x": "NEW",
        "X": "NEW",
        "r": "NONE",
        "i": 4293153,
        "l": "0.00000000",
        "z": "0.00000000",
        "L": "0.00000000",
        "n": "0",
        "N": null,
        "T": 1499405658657,
        "t": -1,
        "v": 3,
        "I": 8641984,
        "w": true,
        "m": false,
        "M": false,
        "O": 1499405658657,
        "Z": "0.00000000",
        "Y": "0.00000000",
        "Q": "0.00000000",
        "W": 1499405658657,
        "V": "NONE"
      },
      {
        "e": "executionReport",
        "E": 1499405658658,
        "s": "ETHBTC",
        "c": "mUvoqJxFIILMdfAW5iGSOW",
        "S": "BUY",
        "o": "LIMIT",
        "f": "GTC",
        "q": "1.00000000",
        "p": "0.10264410",
        "P": "0.00000000",
        "F": "0.00000000",
        "g": -1,
        "C": "",
        "x": "TRADE_PREVENTION",
        "X": "EXPIRED_IN_MATCH",
        "r": "NONE",
        "i": 4293153,
        "l": "0.00000000",
        "z": "0.00000000",
        "L": "0.00000000",
        "n": "0",
        "N": null,
        "T": 1499405658657,
        "t": -1,
        "I": 8641984,
        "w": false,
        "m": false,
        "M": false,
        "O": 1499405658657,
        "Z": "0.00000000",
        "Y": "0.00000000",
        "Q": "0.00000000",
        "V": "EXPIRE_MAKER",
        "d": 4,
        "D": 1668680518494,
        "j": 1,
        "J": 1000000,
        "v": 3,
        "A": "3.000000",
        "B": "3.000000",
        "u": 1,
        "U": 37,
        "Cs": "BTCUSDT",
        "pl": "2.123456",
        "pL": "0.10000001",
        "pY": "0.21234562",
        "W": 1668683798379,
        "b": "ONE_PARTY_TRADE_REPORT",
        "a": 1234,
        "k": "SOR",
        "uS": true,
        "gP": "PRIMARY_PEG",
        "gOT": "PRICE_LEVEL",
        "gOV": 5,
        "gp": "1.00000000",
        "eR": "INSUFFICIENT_LIQUIDITY"
      }
    ]
  },
  "externalLockUpdate": {
    "file": "spec/user-data/external-lock-update.yaml",
    "eventType": "externalLockUpdate",
    "payloads": [
      {
        "e": "externalLockUpdate",
        "E": 1581557507324,
        "a": "NEO",
        "d": "10.00000000",
        "T": 1581557507268
      }
    ]
  },
  "listStatus": {
    "file": "spec/user-data/list-status.yaml",
    "eventType": "listStatus",
    "payloads": [
      {
        "e": "listStatus",
        "E": 1564035303637,
        "s": "ETHBTC",
        "g": 2,
        "c": "OCO",
        "l": "EXEC_STARTED",
        "L": "EXECUTING",
        "r": "NONE",
        "C": "F4QN4G8DlFATFlIUQ0cjdD",
        "T": 1564035303625,
        "O": [
          {
            "s": "ETHBTC",
            "i": 17,
            "c": "AJYsMjErWJesZvqlJCTUgL"
          },
          {
            "s": "ETHBTC",
            "i": 18,
            "c": "bfYPSQdLoqAJeNrOr9adzq"
          }
        ]
      }
    ]
  },
  "outboundAccountPosition": {
    "file": "spec/user-data/outbound-account-position.yaml",
    "eventType": "outboundAccountPosition",
    "payloads": [
      {
        "e": "outboundAccountPosition",
        "E": 1564034571105,
        "u": 1564034571073,
        "B": [
          {
            "a": "ETH",
            "f": "10000.000000",
            "l": "0.000000"
          }
        ]
      }
    ]
  }
};
