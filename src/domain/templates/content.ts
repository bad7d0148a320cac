// Generated from source.ts: Traditional Chinese (tw) by OpenCC s2twp, reviewed by hand. Edit
// source.ts and regenerate rather than editing here.
import type { Template } from './types';

export const TEMPLATES: Template[] = [
  {
    "id": "broadband",
    "kind": "blueprint",
    "title": {
      "en": "Broadband relocation",
      "zh": "宽带移机",
      "tw": "寬頻移機"
    },
    "description": {
      "en": "A customer moves home and asks to move her broadband; a wrongly assigned region sends the whole flow back to the start.",
      "zh": "客户搬家后申请宽带移机；片区分配错误让整个流程从头再来。",
      "tw": "客戶搬家後申請寬頻移機；片區分配錯誤讓整個流程從頭再來。"
    },
    "persona": {
      "name": {
        "en": "Ms Wang",
        "zh": "王女士",
        "tw": "王女士"
      },
      "role": {
        "en": "Home broadband customer, just moved",
        "zh": "刚搬家的家庭宽带用户",
        "tw": "剛搬家的家庭寬頻使用者"
      },
      "goals": {
        "en": "Internet working in the new flat within a week, without repeating herself",
        "zh": "一周内在新家用上宽带，不用反复说明情况",
        "tw": "一週內在新家用上寬頻，不用反覆說明情況"
      },
      "quote": {
        "en": "I only want to be online after the move.",
        "zh": "我只想搬家后能上网。",
        "tw": "我只想搬家後能上網。"
      }
    },
    "scenario": {
      "en": "Ms Wang has moved across town and calls the operator to move her broadband line.",
      "zh": "王女士搬到了城市另一头，打电话给运营商办理宽带移机。",
      "tw": "王女士搬到了城市另一頭，打電話給電信業者辦理寬頻移機。"
    },
    "expectations": {
      "en": "One call, a confirmed visit date, working internet within a week.",
      "zh": "一通电话办完，确认上门时间，一周内通网。",
      "tw": "一通電話辦完，確認上門時間，一週內通網。"
    },
    "lanes": [
      "evidence",
      "customer",
      "frontstage",
      "backstage",
      "support",
      "emotion",
      "pain"
    ],
    "stages": [
      {
        "title": {
          "en": "Reaching the operator",
          "zh": "联系运营商",
          "tw": "聯絡電信業者"
        },
        "steps": [
          {
            "title": {
              "en": "Robot answers",
              "zh": "机器人接听",
              "tw": "機器人接聽"
            },
            "emotion": -1,
            "duration": 2,
            "cards": {
              "evidence": [
                "IVR voice menu"
              ],
              "customer": [
                {
                  "en": "Calls the 10000 hotline",
                  "zh": "拨打10000号",
                  "tw": "撥打10000號"
                }
              ],
              "frontstage": [
                {
                  "en": "Voice robot asks what she needs",
                  "zh": "语音机器人询问需求",
                  "tw": "語音機器人詢問需求"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "The robot does not understand \"move broadband\"",
                    "zh": "机器人听不懂“宽带移机”",
                    "tw": "機器人聽不懂「寬頻移機」"
                  },
                  "owner": {
                    "en": "Customer service",
                    "zh": "客服",
                    "tw": "客服"
                  },
                  "rootCause": {
                    "en": "Speech model not trained on this phrase",
                    "zh": "语音模型未训练该说法",
                    "tw": "語音模型未訓練該說法"
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Self-service menu",
              "zh": "自助菜单",
              "tw": "自助選單"
            },
            "emotion": -1,
            "duration": 3,
            "cards": {
              "customer": [
                {
                  "en": "Presses keys through three menu levels",
                  "zh": "按键走了三层菜单",
                  "tw": "按鍵走了三層選單"
                }
              ],
              "backstage": [
                {
                  "en": "Menu tree routes by keyword",
                  "zh": "菜单按关键词分流",
                  "tw": "選單按關鍵詞分流"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Chooses the business type",
              "zh": "选择业务类型",
              "tw": "選擇業務類型"
            },
            "emotion": -2,
            "duration": 2,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "Cannot find \"relocation\" and picks \"other\"",
                    "zh": "找不到“移机”，只好选“其他”",
                    "tw": "找不到「移機」，只好選「其他」"
                  },
                  "wait": 4
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "No menu entry for relocation",
                    "zh": "菜单里没有移机选项",
                    "tw": "選單裡沒有移機選項"
                  },
                  "owner": {
                    "en": "Product",
                    "zh": "产品",
                    "tw": "產品"
                  },
                  "rootCause": {
                    "en": "Menu not updated since the service launched",
                    "zh": "业务上线后菜单未更新",
                    "tw": "業務上線後選單未更新"
                  }
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "Getting to a person",
          "zh": "转接人工",
          "tw": "轉接人工"
        },
        "steps": [
          {
            "title": {
              "en": "Broadband centre",
              "zh": "宽带中心",
              "tw": "寬頻中心"
            },
            "emotion": -1,
            "duration": 5,
            "cards": {
              "frontstage": [
                {
                  "en": "Routed to the broadband centre queue",
                  "zh": "转入宽带中心队列",
                  "tw": "轉入寬頻中心佇列"
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Waits in the queue",
                    "zh": "排队等待",
                    "tw": "排隊等待"
                  },
                  "wait": 12
                }
              ]
            }
          },
          {
            "title": {
              "en": "Transferred to a human",
              "zh": "转人工",
              "tw": "轉人工"
            },
            "emotion": 1,
            "duration": 6,
            "cards": {
              "frontstage": [
                {
                  "en": "Agent greets her by name",
                  "zh": "客服叫出她的名字打招呼",
                  "tw": "客服叫出她的名字打招呼"
                }
              ],
              "evidence": [
                {
                  "en": "Hold music stops",
                  "zh": "等待音乐停止",
                  "tw": "等待音樂停止"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Leaves account and new address",
              "zh": "留下账号和新地址",
              "tw": "留下帳號和新地址"
            },
            "emotion": 1,
            "duration": 4,
            "cards": {
              "customer": [
                {
                  "en": "Gives account number and new address",
                  "zh": "报出账号和新地址",
                  "tw": "報出帳號和新地址"
                }
              ],
              "frontstage": [
                {
                  "en": "Agent repeats the address back",
                  "zh": "客服复述地址确认",
                  "tw": "客服複述地址確認"
                }
              ],
              "backstage": [
                {
                  "en": "Relocation order created in CRM",
                  "zh": "CRM 生成移机工单",
                  "tw": "CRM 生成移機工單"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "Getting it done",
          "zh": "办理完成",
          "tw": "辦理完成"
        },
        "steps": [
          {
            "title": {
              "en": "Order registered",
              "zh": "工单登记",
              "tw": "工單登記"
            },
            "emotion": 1,
            "cards": {
              "evidence": [
                {
                  "en": "SMS with order number",
                  "zh": "短信收到工单号",
                  "tw": "簡訊收到工單號"
                }
              ],
              "support": [
                {
                  "en": "Address-to-region lookup",
                  "zh": "地址—片区对照表",
                  "tw": "地址—片區對照表"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Region assigned wrongly",
              "zh": "片区分配错误",
              "tw": "片區分配錯誤"
            },
            "emotion": -3,
            "cards": {
              "backstage": [
                {
                  "text": {
                    "en": "Order dispatched to the wrong region and bounced back",
                    "zh": "工单派到错误片区后被退回",
                    "tw": "工單派到錯誤片區後被退回"
                  },
                  "fail": true
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Called again and had to start from the robot",
                    "zh": "再次致电，又从机器人开始",
                    "tw": "再次致電，又從機器人開始"
                  },
                  "wait": 25
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "The whole flow restarts from zero",
                    "zh": "整个流程从头再来",
                    "tw": "整個流程從頭再來"
                  },
                  "owner": {
                    "en": "Network operations",
                    "zh": "网络运维",
                    "tw": "網路運維"
                  },
                  "rootCause": {
                    "en": "Region table out of date for new estates",
                    "zh": "新小区未录入片区对照表",
                    "tw": "新小區未錄入片區對照表"
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Local team calls",
              "zh": "属地团队联系",
              "tw": "屬地團隊聯絡"
            },
            "emotion": 0,
            "cards": {
              "frontstage": [
                {
                  "en": "Technician phones to book a visit",
                  "zh": "装维师傅电话预约上门",
                  "tw": "裝維師傅電話預約上門"
                }
              ],
              "customer": [
                {
                  "en": "Agrees a visit on Saturday",
                  "zh": "约定周六上门",
                  "tw": "約定週六上門"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Done",
              "zh": "完成",
              "tw": "完成"
            },
            "emotion": 2,
            "cards": {
              "frontstage": [
                {
                  "en": "Line installed and speed tested together",
                  "zh": "装好线路并一起测速",
                  "tw": "裝好線路並一起測速"
                }
              ],
              "evidence": [
                {
                  "en": "Satisfaction survey by SMS",
                  "zh": "短信满意度调查",
                  "tw": "簡訊滿意度調查"
                }
              ]
            }
          }
        ]
      }
    ]
  },
  {
    "id": "purchase",
    "kind": "journey",
    "title": {
      "en": "Online purchase funnel",
      "zh": "线上购买漏斗",
      "tw": "線上購買漏斗"
    },
    "description": {
      "en": "From a first website visit to a support contact after buying, with CSAT, CES and NPS at each stage.",
      "zh": "从首次访问网站到购买后的客服联系，每个阶段都有 CSAT、CES 和 NPS。",
      "tw": "從首次訪問網站到購買後的客服聯絡，每個階段都有 CSAT、CES 和 NPS。"
    },
    "persona": {
      "name": {
        "en": "Li Na",
        "zh": "李娜",
        "tw": "李娜"
      },
      "role": {
        "en": "Office manager buying a printer for her team",
        "zh": "为团队采购打印机的行政主管",
        "tw": "為團隊採購印表機的行政主管"
      },
      "goals": {
        "en": "A reliable printer, delivered this week, within budget",
        "zh": "靠谱的打印机，本周送到，不超预算",
        "tw": "靠譜的印表機，本週送到，不超預算"
      },
      "quote": {
        "en": "Just tell me which one and when it arrives.",
        "zh": "直接告诉我买哪台、什么时候到。",
        "tw": "直接告訴我買哪台、什麼時候到。"
      }
    },
    "scenario": {
      "en": "Li Na researches and buys an office printer online.",
      "zh": "李娜在网上调研并购买一台办公打印机。",
      "tw": "李娜在網上調研並購買一台辦公印表機。"
    },
    "expectations": {
      "en": "Clear comparison, honest delivery dates, easy help if setup fails.",
      "zh": "对比清楚，交期可信，装不好时容易求助。",
      "tw": "對比清楚，交期可信，裝不好時容易求助。"
    },
    "lanes": [
      "touchpoint",
      "customer",
      "thinking",
      "emotion",
      "pain",
      "opportunity",
      "metric"
    ],
    "stages": [
      {
        "title": {
          "en": "Awareness",
          "zh": "认知",
          "tw": "認知"
        },
        "steps": [
          {
            "title": {
              "en": "First website visit",
              "zh": "首次访问网站",
              "tw": "首次訪問網站"
            },
            "emotion": 0,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Search ad to product page",
                    "zh": "搜索广告进入产品页",
                    "tw": "搜尋廣告進入產品頁"
                  },
                  "channel": "web"
                }
              ],
              "thinking": [
                {
                  "en": "Which of these fits a team of 12?",
                  "zh": "12 人的团队该选哪一台？",
                  "tw": "12 人的團隊該選哪一台？"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Downloads a buying guide",
              "zh": "下载选购指南",
              "tw": "下載選購指南"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "PDF guide behind an e-mail form",
                    "zh": "填邮箱下载 PDF 指南",
                    "tw": "填電子郵件下載 PDF 指南"
                  },
                  "channel": "web"
                }
              ],
              "metric": [
                {
                  "text": {
                    "en": "Guide usefulness",
                    "zh": "指南有用性",
                    "tw": "指南有用性"
                  },
                  "metric": {
                    "type": "CSAT",
                    "value": 4.1,
                    "sample": 230
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Marketing follow-up",
              "zh": "营销跟进",
              "tw": "行銷跟進"
            },
            "emotion": -1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Three e-mails in two days",
                    "zh": "两天收到三封邮件",
                    "tw": "兩天收到三封郵件"
                  },
                  "channel": "email"
                },
                {
                  "text": {
                    "en": "Retargeting ads",
                    "zh": "再营销广告",
                    "tw": "再行銷廣告"
                  },
                  "channel": "social"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Feels chased rather than helped",
                    "zh": "感觉被追着推销",
                    "tw": "感覺被追著推銷"
                  },
                  "owner": {
                    "en": "Marketing",
                    "zh": "市场",
                    "tw": "市場"
                  },
                  "rootCause": {
                    "en": "Cadence tuned for clicks, not for buyers",
                    "zh": "发送节奏为点击率而设",
                    "tw": "傳送節奏為點閱率而設"
                  }
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "Decision",
          "zh": "决策",
          "tw": "決策"
        },
        "steps": [
          {
            "title": {
              "en": "Online chat",
              "zh": "在线咨询",
              "tw": "線上諮詢"
            },
            "emotion": 2,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Chat with a product specialist",
                    "zh": "与产品专家在线聊天",
                    "tw": "與產品專家線上聊天"
                  },
                  "channel": "chatbot"
                }
              ],
              "customer": [
                {
                  "en": "Asks about toner costs per page",
                  "zh": "询问单页耗材成本",
                  "tw": "詢問單頁耗材成本"
                }
              ],
              "metric": [
                {
                  "text": {
                    "en": "Effort to get an answer",
                    "zh": "获得答案的费力度",
                    "tw": "獲得答案的費力度"
                  },
                  "metric": {
                    "type": "CES",
                    "value": 2.1,
                    "sample": 180
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Purchase",
              "zh": "下单购买",
              "tw": "下單購買"
            },
            "emotion": 1,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "Pays by company card",
                    "zh": "用公司卡付款",
                    "tw": "用公司卡付款"
                  },
                  "wait": 3
                }
              ],
              "touchpoint": [
                {
                  "text": {
                    "en": "Checkout with delivery date",
                    "zh": "结算页显示送货日期",
                    "tw": "結算頁顯示送貨日期"
                  },
                  "channel": "web"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "After purchase",
          "zh": "购买之后",
          "tw": "購買之後"
        },
        "steps": [
          {
            "title": {
              "en": "Product registration",
              "zh": "产品注册",
              "tw": "產品註冊"
            },
            "emotion": -1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Registration app asks for the serial number",
                    "zh": "注册 App 要求输入序列号",
                    "tw": "註冊 App 要求輸入序列號"
                  },
                  "channel": "app"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Serial number is printed inside the back panel",
                    "zh": "序列号印在后盖里面",
                    "tw": "序列號印在後蓋裡面"
                  },
                  "owner": {
                    "en": "R&D",
                    "zh": "研发",
                    "tw": "研發"
                  },
                  "rootCause": {
                    "en": "Label placement never user-tested",
                    "zh": "标签位置从未做过用户测试",
                    "tw": "標籤位置從未做過使用者測試"
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Support contact",
              "zh": "联系客服",
              "tw": "聯絡客服"
            },
            "emotion": -2,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Hotline about a Wi-Fi setup error",
                    "zh": "致电热线咨询 Wi-Fi 配置错误",
                    "tw": "致電熱線諮詢 Wi-Fi 配置錯誤"
                  },
                  "channel": "phone"
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Waits for second-line support",
                    "zh": "等待二线支持",
                    "tw": "等待二線支援"
                  },
                  "wait": 20
                }
              ],
              "opportunity": [
                {
                  "en": "Setup video sent with the delivery SMS",
                  "zh": "随送货短信发送安装视频",
                  "tw": "隨送貨簡訊傳送安裝影片"
                }
              ],
              "metric": [
                {
                  "text": {
                    "en": "Would recommend",
                    "zh": "推荐意愿",
                    "tw": "推薦意願"
                  },
                  "metric": {
                    "type": "NPS",
                    "value": 12,
                    "sample": 310
                  }
                }
              ]
            }
          }
        ]
      }
    ]
  },
  {
    "id": "retail",
    "kind": "journey",
    "title": {
      "en": "Store visit with a return",
      "zh": "门店购物与退货",
      "tw": "門市購物與退貨"
    },
    "description": {
      "en": "Expert advice without hard selling, an out-of-stock item handled well, and a return as easy as the purchase.",
      "zh": "专业建议而不强推，缺货处理得当，退货和购买一样方便。",
      "tw": "專業建議而不強推，缺貨處理得當，退貨和購買一樣方便。"
    },
    "persona": {
      "name": {
        "en": "Zhang Wei",
        "zh": "张伟",
        "tw": "張偉"
      },
      "role": {
        "en": "Weekend runner buying new shoes",
        "zh": "周末跑步爱好者，来买跑鞋",
        "tw": "週末跑步愛好者，來買跑鞋"
      },
      "goals": {
        "en": "Shoes that fit, advice he can trust",
        "zh": "合脚的鞋，可信的建议",
        "tw": "合腳的鞋，可信的建議"
      },
      "quote": {
        "en": "Help me choose, then leave me alone.",
        "zh": "帮我选，然后别一直推销。",
        "tw": "幫我選，然後別一直推銷。"
      }
    },
    "scenario": {
      "en": "Zhang Wei visits a sports store to buy running shoes and later returns one pair.",
      "zh": "张伟去运动用品店买跑鞋，后来退了一双。",
      "tw": "張偉去運動用品店買跑鞋，後來退了一雙。"
    },
    "expectations": {
      "en": "Honest advice, my size in stock, no questions on a return.",
      "zh": "建议中肯，有我的尺码，退货不刁难。",
      "tw": "建議中肯，有我的尺碼，退貨不刁難。"
    },
    "lanes": [
      "touchpoint",
      "customer",
      "thinking",
      "emotion",
      "pain",
      "opportunity"
    ],
    "stages": [
      {
        "title": {
          "en": "In the store",
          "zh": "在店内",
          "tw": "在店內"
        },
        "steps": [
          {
            "title": {
              "en": "Expert advice",
              "zh": "专业建议",
              "tw": "專業建議"
            },
            "emotion": 2,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Staff runner watches his gait",
                    "zh": "店员跑者观察他的步态",
                    "tw": "店員跑者觀察他的步態"
                  },
                  "channel": "store"
                }
              ],
              "thinking": [
                {
                  "en": "She actually runs; I trust her",
                  "zh": "她自己也跑步，可以信",
                  "tw": "她自己也跑步，可以信"
                }
              ]
            }
          },
          {
            "title": {
              "en": "No hard selling",
              "zh": "不强行推销",
              "tw": "不強行推銷"
            },
            "emotion": 1,
            "cards": {
              "customer": [
                {
                  "en": "Tries three pairs at his own pace",
                  "zh": "按自己的节奏试了三双",
                  "tw": "按自己的節奏試了三雙"
                }
              ],
              "opportunity": [
                {
                  "en": "Let customers book a gait check online",
                  "zh": "支持线上预约步态分析",
                  "tw": "支援線上預約步態分析"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Out of stock",
              "zh": "缺货",
              "tw": "缺貨"
            },
            "emotion": -1,
            "cards": {
              "customer": [
                {
                  "en": "His size is sold out",
                  "zh": "他的尺码卖完了",
                  "tw": "他的尺碼賣完了"
                }
              ],
              "touchpoint": [
                {
                  "text": {
                    "en": "Staff orders it to his home, free",
                    "zh": "店员免费下单寄到家",
                    "tw": "店員免費下單寄到家"
                  },
                  "channel": "app"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Popular sizes run out on weekends",
                    "zh": "热门尺码周末断货",
                    "tw": "熱門尺碼週末斷貨"
                  },
                  "owner": {
                    "en": "Logistics / warehouse",
                    "zh": "物流/仓储",
                    "tw": "物流/倉儲"
                  },
                  "rootCause": {
                    "en": "Replenishment only on Mondays",
                    "zh": "每周一才补货",
                    "tw": "每週一才補貨"
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Pays",
              "zh": "付款",
              "tw": "付款"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Pays by WeChat at the fitting area",
                    "zh": "在试鞋区用微信付款",
                    "tw": "在試鞋區用微信付款"
                  },
                  "channel": "wechat"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "Return",
          "zh": "退货",
          "tw": "退貨"
        },
        "steps": [
          {
            "title": {
              "en": "Second pair does not fit",
              "zh": "第二双不合脚",
              "tw": "第二雙不合腳"
            },
            "emotion": -1,
            "cards": {
              "thinking": [
                {
                  "en": "Will they make this hard?",
                  "zh": "退货会不会很麻烦？",
                  "tw": "退貨會不會很麻煩？"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Returns in any store",
              "zh": "任意门店退货",
              "tw": "任意門市退貨"
            },
            "emotion": 2,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Scans the order QR code at the till",
                    "zh": "收银台扫订单二维码",
                    "tw": "收銀台掃訂單QR code"
                  },
                  "channel": "store"
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Refund in one minute, no questions",
                    "zh": "一分钟退款，不问原因",
                    "tw": "一分鐘退款，不問原因"
                  },
                  "wait": 1
                }
              ]
            }
          }
        ]
      }
    ]
  },
  {
    "id": "carsharing",
    "kind": "journey",
    "title": {
      "en": "Car sharing",
      "zh": "汽车共享",
      "tw": "汽車共享"
    },
    "description": {
      "en": "Learn about the service, sign up, find and book a nearby car, unlock it, drive and park, pay.",
      "zh": "了解服务、注册、找车订车、开锁、驾驶停车、付款。",
      "tw": "瞭解服務、註冊、找車訂車、開鎖、駕駛停車、付款。"
    },
    "persona": {
      "name": {
        "en": "Chen Jie",
        "zh": "陈杰",
        "tw": "陳杰"
      },
      "role": {
        "en": "City dweller without a car",
        "zh": "没有私家车的城市上班族",
        "tw": "沒有私家車的城市上班族"
      },
      "goals": {
        "en": "A car for a few hours, twice a month, no paperwork",
        "zh": "每月两次用几个小时车，手续越少越好",
        "tw": "每月兩次用幾個小時車，手續越少越好"
      },
      "quote": {
        "en": "If it takes longer than a taxi, I will take a taxi.",
        "zh": "要是比打车还麻烦，我就打车了。",
        "tw": "要是比叫車還麻煩，我就叫車了。"
      }
    },
    "scenario": {
      "en": "Chen Jie signs up and takes his first car-sharing trip to IKEA.",
      "zh": "陈杰注册后第一次用共享汽车去宜家。",
      "tw": "陳杰註冊後第一次用共享汽車去宜家。"
    },
    "expectations": {
      "en": "Sign up in minutes, a car within a 5-minute walk, a clear price.",
      "zh": "几分钟注册完，步行 5 分钟内有车，价格清楚。",
      "tw": "幾分鐘註冊完，步行 5 分鐘內有車，價格清楚。"
    },
    "lanes": [
      "touchpoint",
      "customer",
      "thinking",
      "emotion",
      "pain",
      "opportunity"
    ],
    "stages": [
      {
        "title": {
          "en": "Getting started",
          "zh": "开始使用",
          "tw": "開始使用"
        },
        "steps": [
          {
            "title": {
              "en": "Learns about it",
              "zh": "了解服务",
              "tw": "瞭解服務"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Friend shares a short video",
                    "zh": "朋友分享的短视频",
                    "tw": "朋友分享的短影片"
                  },
                  "channel": "shortVideo"
                }
              ],
              "thinking": [
                {
                  "en": "Is it cheaper than a taxi for three hours?",
                  "zh": "用三小时比打车便宜吗？",
                  "tw": "用三小時比叫車便宜嗎？"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Signs up",
              "zh": "注册",
              "tw": "註冊"
            },
            "emotion": -2,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "App asks for licence photos and a deposit",
                    "zh": "App 要求上传驾照并交押金",
                    "tw": "App 要求上傳駕照並交押金"
                  },
                  "channel": "app"
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Waits for licence approval",
                    "zh": "等待驾照审核",
                    "tw": "等待駕照審核"
                  },
                  "wait": 45
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Approval takes hours, not minutes",
                    "zh": "审核要几个小时",
                    "tw": "審核要幾個小時"
                  },
                  "owner": {
                    "en": "Operations",
                    "zh": "运营",
                    "tw": "營運"
                  },
                  "rootCause": {
                    "en": "Manual review of every licence",
                    "zh": "每张驾照人工审核",
                    "tw": "每張駕照人工審核"
                  }
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "The trip",
          "zh": "出行",
          "tw": "出行"
        },
        "steps": [
          {
            "title": {
              "en": "Finds and books a nearby car",
              "zh": "找车订车",
              "tw": "找車訂車"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Map shows a car 300 m away",
                    "zh": "地图显示 300 米外有车",
                    "tw": "地圖顯示 300 公尺外有車"
                  },
                  "channel": "app"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Unlocks the car",
              "zh": "开锁",
              "tw": "開鎖"
            },
            "emotion": -1,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "Phone has no signal in the garage",
                    "zh": "地下车库手机没信号",
                    "tw": "地下車庫手機沒訊號"
                  },
                  "fail": true
                }
              ],
              "opportunity": [
                {
                  "en": "Bluetooth unlock without a network",
                  "zh": "无网络时蓝牙开锁",
                  "tw": "無網路時藍芽開鎖"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Drives and parks",
              "zh": "驾驶停车",
              "tw": "駕駛停車"
            },
            "emotion": 2,
            "cards": {
              "customer": [
                {
                  "en": "Easy drive, parks in a marked bay",
                  "zh": "开得顺，停进指定车位",
                  "tw": "開得順，停進指定車位"
                }
              ],
              "thinking": [
                {
                  "en": "Where may I leave it at IKEA?",
                  "zh": "到了宜家车能停哪儿？",
                  "tw": "到了 IKEA 車能停哪裡？"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Pays",
              "zh": "付款",
              "tw": "付款"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Itemised receipt in the app",
                    "zh": "App 内详细账单",
                    "tw": "App 內詳細帳單"
                  },
                  "channel": "app"
                }
              ],
              "thinking": [
                {
                  "en": "Ten minutes over cost me a whole extra hour",
                  "zh": "超时十分钟却按一小时收费",
                  "tw": "超時十分鐘卻按一小時收費"
                }
              ]
            }
          }
        ]
      }
    ]
  },
  {
    "id": "hotel",
    "kind": "journey",
    "title": {
      "en": "Hotel stay with a surprise",
      "zh": "酒店入住的惊喜",
      "tw": "酒店入住的驚喜"
    },
    "description": {
      "en": "From check-in to check-out; an umbrella lent in the rain becomes the moment guests remember.",
      "zh": "从入住到退房；雨天借出的一把伞成了客人记住的时刻。",
      "tw": "從入住到退房；雨天借出的一把傘成了客人記住的時刻。"
    },
    "persona": {
      "name": {
        "en": "Liu Fang",
        "zh": "刘芳",
        "tw": "劉芳"
      },
      "role": {
        "en": "Consultant on a two-night business trip",
        "zh": "出差两晚的咨询顾问",
        "tw": "出差兩晚的諮詢顧問"
      },
      "goals": {
        "en": "Sleep well, work in the room, no surprises on the bill",
        "zh": "睡个好觉，能在房间办公，账单没有意外",
        "tw": "睡個好覺，能在房間辦公，帳單沒有意外"
      },
      "quote": {
        "en": "I remember the hotels that noticed me.",
        "zh": "我记得那些在意我的酒店。",
        "tw": "我記得那些在意我的酒店。"
      }
    },
    "scenario": {
      "en": "Liu Fang stays two nights for a client workshop; it rains on the second morning.",
      "zh": "刘芳为客户研讨会住两晚；第二天早上下雨了。",
      "tw": "劉芳為客戶研討會住兩晚；第二天早上下雨了。"
    },
    "expectations": {
      "en": "Fast check-in, a quiet room, quick check-out.",
      "zh": "入住快，房间安静，退房快。",
      "tw": "入住快，房間安靜，退房快。"
    },
    "lanes": [
      "touchpoint",
      "customer",
      "thinking",
      "emotion",
      "pain",
      "opportunity"
    ],
    "stages": [
      {
        "title": {
          "en": "Arrival",
          "zh": "抵达",
          "tw": "抵達"
        },
        "steps": [
          {
            "title": {
              "en": "Check-in",
              "zh": "办理入住",
              "tw": "辦理入住"
            },
            "emotion": 0,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Front desk queue",
                    "zh": "前台排队",
                    "tw": "前台排隊"
                  },
                  "channel": "store"
                }
              ],
              "customer": [
                {
                  "text": {
                    "en": "Waits behind a tour group",
                    "zh": "排在旅行团后面",
                    "tw": "排在旅行團後面"
                  },
                  "wait": 15
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "No separate line for business guests",
                    "zh": "没有商务客人专用通道",
                    "tw": "沒有商務客人專用通道"
                  },
                  "owner": {
                    "en": "Front office",
                    "zh": "前厅",
                    "tw": "前廳"
                  },
                  "rootCause": {
                    "en": "Group arrivals not staggered",
                    "zh": "团队入住未错峰",
                    "tw": "團隊入住未錯峰"
                  }
                }
              ],
              "thinking": [
                {
                  "en": "I only want my key and a shower",
                  "zh": "我只想拿到房卡去洗个澡",
                  "tw": "我只想拿到房卡去洗個澡"
                }
              ],
              "opportunity": [
                {
                  "en": "Mobile check-in for returning guests",
                  "zh": "常客手机自助入住",
                  "tw": "常客手機自助入住"
                }
              ]
            }
          },
          {
            "title": {
              "en": "The room",
              "zh": "客房",
              "tw": "客房"
            },
            "emotion": 1,
            "cards": {
              "customer": [
                {
                  "en": "Quiet room, desk by the window",
                  "zh": "房间安静，窗边有书桌",
                  "tw": "房間安靜，窗邊有書桌"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "The stay",
          "zh": "住宿",
          "tw": "住宿"
        },
        "steps": [
          {
            "title": {
              "en": "Breakfast",
              "zh": "早餐",
              "tw": "早餐"
            },
            "emotion": 0,
            "cards": {
              "thinking": [
                {
                  "en": "Will I make the 9:00 start?",
                  "zh": "能赶上九点开会吗？",
                  "tw": "能趕上九點開會嗎？"
                }
              ],
              "touchpoint": [
                {
                  "text": {
                    "en": "Breakfast room, busy at 8:00",
                    "zh": "早餐厅，八点最拥挤",
                    "tw": "早餐廳，八點最擁擠"
                  },
                  "channel": "store"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Rain on the way out",
              "zh": "出门遇雨",
              "tw": "出門遇雨"
            },
            "emotion": 3,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Doorman lends an umbrella and calls a taxi",
                    "zh": "门童借伞并叫好出租车",
                    "tw": "門童借傘並叫好計程車"
                  },
                  "channel": "store"
                }
              ],
              "thinking": [
                {
                  "en": "They noticed before I asked",
                  "zh": "我还没开口他们就注意到了",
                  "tw": "我還沒開口他們就注意到了"
                }
              ],
              "opportunity": [
                {
                  "en": "Make this a standard for rainy mornings",
                  "zh": "把雨天借伞变成标准服务",
                  "tw": "把雨天借傘變成標準服務"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "Departure",
          "zh": "离店",
          "tw": "離店"
        },
        "steps": [
          {
            "title": {
              "en": "Check-out",
              "zh": "退房",
              "tw": "退房"
            },
            "emotion": 1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Bill by e-mail, express check-out",
                    "zh": "邮件账单，快速退房",
                    "tw": "郵件帳單，快速退房"
                  },
                  "channel": "email"
                }
              ],
              "customer": [
                {
                  "en": "Drops the key card in a box, no queue",
                  "zh": "把房卡投进箱子，不用排队",
                  "tw": "把房卡投進箱子，不用排隊"
                }
              ]
            }
          }
        ]
      }
    ]
  },
  {
    "id": "springFestival",
    "kind": "journey",
    "title": {
      "en": "Holiday train travel for elderly travellers",
      "zh": "春运老年旅客乘车",
      "tw": "春運老年旅客乘車"
    },
    "description": {
      "en": "Buying a ticket, finding the right entrance, the face and ID gate; missing help staff is the low point.",
      "zh": "购票、找对进站口、刷脸验证件；找不到引导员是最低点。",
      "tw": "購票、找對進站口、刷臉驗證件；找不到引導員是最低點。"
    },
    "persona": {
      "name": {
        "en": "Grandpa Zhao",
        "zh": "赵大爷",
        "tw": "趙大爺"
      },
      "role": {
        "en": "72, travelling home alone for the Spring Festival",
        "zh": "72 岁，春节独自回老家",
        "tw": "72 歲，春節獨自回老家"
      },
      "goals": {
        "en": "Get on the right train without asking strangers",
        "zh": "不用求陌生人就能坐上车",
        "tw": "不用求陌生人就能坐上車"
      },
      "quote": {
        "en": "I can read the big signs, not the small screens.",
        "zh": "大字牌子我看得清，小屏幕看不清。",
        "tw": "大字牌子我看得清，小螢幕看不清。"
      }
    },
    "scenario": {
      "en": "Grandpa Zhao takes a high-speed train home for the Spring Festival.",
      "zh": "赵大爷春节坐高铁回老家。",
      "tw": "趙大爺春節坐高鐵回老家。"
    },
    "expectations": {
      "en": "A ticket without a smartphone, clear signs, someone to ask.",
      "zh": "不用智能手机也能买票，指示清楚，有人可以问。",
      "tw": "不用智慧手機也能買票，指示清楚，有人可以問。"
    },
    "lanes": [
      "touchpoint",
      "customer",
      "thinking",
      "emotion",
      "pain",
      "opportunity"
    ],
    "stages": [
      {
        "title": {
          "en": "Before the trip",
          "zh": "出发前",
          "tw": "出發前"
        },
        "steps": [
          {
            "title": {
              "en": "Buys a ticket",
              "zh": "购票",
              "tw": "購票"
            },
            "emotion": -1,
            "cards": {
              "touchpoint": [
                {
                  "text": {
                    "en": "Grandson books it in the app for him",
                    "zh": "孙子在 App 上帮他订票",
                    "tw": "孫子在 App 上幫他訂票"
                  },
                  "channel": "app"
                }
              ],
              "thinking": [
                {
                  "en": "Where is my ticket? There is no paper",
                  "zh": "我的票在哪？连张纸都没有",
                  "tw": "我的票在哪？連張紙都沒有"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Cannot book a ticket without a smartphone",
                    "zh": "没有智能手机就买不到票",
                    "tw": "沒有智慧型手機就買不到票"
                  },
                  "owner": {
                    "en": "Ticketing",
                    "zh": "票务",
                    "tw": "票務"
                  },
                  "rootCause": {
                    "en": "Station ticket windows cut back in the rush",
                    "zh": "春运期间车站窗口减少",
                    "tw": "春運期間車站窗口減少"
                  }
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "At the station",
          "zh": "在车站",
          "tw": "在車站"
        },
        "steps": [
          {
            "title": {
              "en": "Finds the right entrance",
              "zh": "找对进站口",
              "tw": "找對進站口"
            },
            "emotion": -2,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "Walks to the wrong entrance first",
                    "zh": "先走到了错误的进站口",
                    "tw": "先走到了錯誤的進站口"
                  },
                  "wait": 20
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Entrance numbers only on small screens",
                    "zh": "进站口编号只显示在小屏幕上",
                    "tw": "進站口編號只顯示在小螢幕上"
                  },
                  "owner": {
                    "en": "Station operations",
                    "zh": "车站运营",
                    "tw": "車站營運"
                  },
                  "rootCause": {
                    "en": "Signage designed for phone users",
                    "zh": "指示系统按手机用户设计",
                    "tw": "指示系統按手機使用者設計"
                  }
                }
              ]
            }
          },
          {
            "title": {
              "en": "Face and ID gate",
              "zh": "刷脸验证",
              "tw": "刷臉驗證"
            },
            "emotion": -1,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "Gate fails to read his old ID card",
                    "zh": "闸机读不出他的旧身份证",
                    "tw": "閘機讀不出他的舊身分證"
                  },
                  "fail": true
                }
              ],
              "opportunity": [
                {
                  "en": "A staffed lane for old ID cards",
                  "zh": "为旧身份证开设人工通道",
                  "tw": "為舊身分證開設人工通道"
                }
              ]
            }
          },
          {
            "title": {
              "en": "Looks for help staff",
              "zh": "找引导员",
              "tw": "找引導員"
            },
            "emotion": -3,
            "cards": {
              "customer": [
                {
                  "text": {
                    "en": "No help staff at the gate during the rush",
                    "zh": "高峰时段闸机旁没有引导员",
                    "tw": "高峰時段閘機旁沒有引導員"
                  },
                  "wait": 15
                }
              ],
              "thinking": [
                {
                  "en": "Will I miss my train?",
                  "zh": "我会不会赶不上车？",
                  "tw": "我會不會趕不上車？"
                }
              ],
              "pain": [
                {
                  "text": {
                    "en": "Help desks staffed for normal days, not for the holiday rush",
                    "zh": "引导员按平日配置，没考虑春运高峰",
                    "tw": "引導員按平日配置，沒考慮春運高峰"
                  },
                  "owner": {
                    "en": "Customer service",
                    "zh": "客服",
                    "tw": "客服"
                  },
                  "rootCause": {
                    "en": "Staffing plan ignores peak-day ratios",
                    "zh": "排班未按高峰日比例",
                    "tw": "排班未按高峰日比例"
                  }
                }
              ],
              "opportunity": [
                {
                  "en": "Red-vest volunteers at every gate in the rush weeks",
                  "zh": "春运期间每个闸机配红马甲志愿者",
                  "tw": "春運期間每個閘機配紅馬甲志願者"
                }
              ]
            }
          }
        ]
      },
      {
        "title": {
          "en": "On board",
          "zh": "上车",
          "tw": "上車"
        },
        "steps": [
          {
            "title": {
              "en": "Boards the train",
              "zh": "上车",
              "tw": "上車"
            },
            "emotion": 1,
            "cards": {
              "customer": [
                {
                  "en": "A volunteer walks him to his carriage",
                  "zh": "志愿者把他送到车厢",
                  "tw": "志願者把他送到車廂"
                }
              ],
              "thinking": [
                {
                  "en": "Someone looked after me; I will travel again",
                  "zh": "有人照顾我，下次还敢坐",
                  "tw": "有人照顧我，下次還敢坐"
                }
              ]
            }
          }
        ]
      }
    ]
  }
];
