import { t, type Template } from '../types';

/**
 * Each metric where it belongs: CES right after a task (checkout, setup), CSAT right after an
 * interaction (chat, support call), NPS about the relationship at the end.
 */
export const purchase: Template = {
  id: 'purchase',
  kind: 'journey',
  title: t('Online purchase funnel', '线上购买漏斗', '線上購買漏斗'),
  description: t(
    'From a first website visit to a month of use, with CES after each task, CSAT after each conversation and NPS at the end.',
    '从首次访问官网到使用一个月：每项任务后测 CES，每次沟通后测 CSAT，最后测关系型 NPS。',
    '從第一次逛官網到使用一個月：每項任務後量 CES，每次溝通後量 CSAT，最後量關係型 NPS。',
  ),
  persona: {
    name: t('Li Na', '李娜', '李娜'),
    role: t('Office manager buying a printer for her team', '为团队采购打印机的行政主管', '替團隊採購印表機的行政主管'),
    goals: t('A reliable printer, delivered this week, within budget', '靠谱的打印机，本周送到，不超预算', '可靠的印表機，這週送到，不超過預算'),
    quote: t('Just tell me which one and when it arrives.', '直接告诉我买哪台、什么时候到。', '直接告訴我買哪一台、什麼時候到。'),
  },
  scenario: t('Li Na researches and buys an office printer online.', '李娜在网上调研并购买一台办公打印机。', '李娜上網比較並購買一台辦公室印表機。'),
  expectations: t('Clear comparison, honest delivery dates, easy help if setup fails.', '对比清楚，交期可信，装不好时容易求助。', '比較清楚，交期可信，裝不好時容易找到人幫忙。'),
  endsWell: true,
  lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity', 'metric'],
  stages: [
    {
      title: t('Awareness', '认知', '認知'),
      steps: [
        {
          title: t('First website visit', '首次访问官网', '第一次逛官網'),
          emotion: 0,
          cards: {
            touchpoint: [{ text: t('Search ad to the product page', '搜索广告进入产品页', '搜尋廣告連到產品頁'), channel: 'web' }],
            thinking: [t('Which of these fits a team of 12?', '12 人的团队该选哪一台？', '12 個人的團隊該選哪一台？')],
          },
        },
        {
          title: t('Downloads a buying guide', '下载选购指南', '下載選購指南'),
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('PDF guide behind an e-mail form', '填邮箱下载 PDF 指南', '留電子郵件下載 PDF 指南'), channel: 'web' }],
            customer: [t('Shortlists two models', '圈定两款候选', '選出兩款候選')],
          },
        },
        {
          title: t('Marketing follow-up', '营销跟进', '行銷追蹤'),
          emotion: -1,
          cards: {
            touchpoint: [{ text: t('Three e-mails in two days', '两天收到三封邮件', '兩天收到三封電子郵件'), channel: 'email' }, { text: t('Retargeting ads', '再营销广告', '再行銷廣告'), channel: 'social' }],
            pain: [{ text: t('Feels chased rather than helped', '感觉被追着推销', '覺得被追著推銷'), owner: t('Marketing', '市场部', '行銷部'), rootCause: t('Cadence tuned for clicks, not for buyers', '发送节奏按点击率设定，没考虑采购决策', '發送頻率依點擊率設定，沒考慮採購決策') }],
          },
        },
      ],
    },
    {
      title: t('Decision', '决策', '決策'),
      steps: [
        {
          title: t('Online chat', '在线咨询', '線上諮詢'),
          emotion: 2,
          cards: {
            touchpoint: [{ text: t('Chat with a product specialist on the website', '官网上与产品专家在线沟通', '在官網上跟產品專員線上對談'), channel: 'liveAgent' }],
            customer: [t('Asks about toner cost per page', '询问单页耗材成本', '詢問每頁碳粉成本')],
            metric: [{ text: t('CSAT after the chat (1–5)', '咨询结束后的满意度 CSAT（1–5）', '對談結束後的滿意度 CSAT（1–5）'), metric: { type: 'CSAT', value: 4.5, sample: 180 } }],
          },
        },
        {
          title: t('Checkout', '下单支付', '結帳付款'),
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('Checkout shows the delivery date and a VAT invoice option', '结算页显示送货日期，可开增值税专票', '結帳頁顯示到貨日，可開統一編號發票'), channel: 'web' }],
            customer: [{ text: t('Pays by company card', '用公司账户付款', '用公司卡付款'), wait: 3 }],
            metric: [{ text: t('CES after checkout (1–7, 7 = very easy)', '下单后的费力度 CES（1–7，7 为非常省力）', '結帳後的費力度 CES（1–7，7 為非常省力）'), metric: { type: 'CES', value: 6.1, sample: 420 } }],
          },
        },
      ],
    },
    {
      title: t('After purchase', '购买之后', '購買之後'),
      steps: [
        {
          title: t('Setup and registration', '安装与注册', '安裝與註冊'),
          emotion: -2,
          cards: {
            touchpoint: [{ text: t('Setup app asks for the serial number', '安装 App 要求输入序列号', '設定 App 要求輸入序號'), channel: 'app' }],
            customer: [{ id: 'wifi', text: t('Wi-Fi setup fails twice', 'Wi-Fi 配网两次失败', 'Wi-Fi 連線設定失敗兩次'), fail: true }],
            pain: [{ text: t('Serial number is printed inside the back panel', '序列号印在后盖里面', '序號印在背蓋裡面'), owner: t('R&D', '研发部', '研發部'), rootCause: t('Label placement never tested with users', '标签位置从未做过用户测试', '標籤位置從沒做過使用者測試') }],
            metric: [{ text: t('CES after setup (1–7)', '安装完成后的费力度 CES（1–7）', '安裝完成後的費力度 CES（1–7）'), metric: { type: 'CES', value: 3.2, sample: 260 } }],
          },
        },
        {
          title: t('Support call', '联系客服', '聯絡客服'),
          keyMoment: true,
          emotion: -1,
          cards: {
            touchpoint: [{ text: t('Recovery: on the hotline, second-line support walks her through the Wi-Fi setup', '补救：拨打热线，二线技术支持一步步指导配网', '補救：打客服專線，二線技術人員一步步教她設定 Wi-Fi'), channel: 'phone', recovers: 'wifi' }],
            customer: [{ text: t('Waits for second-line support', '等待转接二线支持', '等候轉接二線技術人員'), wait: 20 }],
            opportunity: [t('Send a 2-minute setup video with the delivery SMS', '随送货短信发送 2 分钟安装视频', '隨出貨簡訊附上 2 分鐘安裝影片')],
            metric: [{ text: t('CSAT after the call (1–5)', '通话结束后的满意度 CSAT（1–5）', '通話結束後的滿意度 CSAT（1–5）'), metric: { type: 'CSAT', value: 3.4, sample: 310 } }],
          },
        },
        {
          title: t('A month of use', '使用一个月后', '使用一個月後'),
          emotion: 1,
          cards: {
            customer: [t('The team prints without asking her', '团队打印不再来找她', '團隊印東西不用再來找她')],
            thinking: [t('Good printer; the setup nearly put me off', '打印机不错，就是安装差点劝退', '印表機不錯，只是安裝差點讓人放棄')],
            metric: [{ text: t('Relationship NPS (−100 to 100)', '关系型 NPS（−100 到 100）', '關係型 NPS（−100 到 100）'), metric: { type: 'NPS', value: 12, sample: 540 } }],
          },
        },
      ],
    },
  ],
};
