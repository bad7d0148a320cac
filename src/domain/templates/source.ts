/**
 * Template content, authored in English and Simplified Chinese. `npm run templates` (a one-off
 * authoring step using OpenCC, reviewed by hand) writes `content.ts` with Traditional Chinese
 * added; the app reads only `content.ts`.
 */
import type { TemplateSource } from './types';

const t = (en: string, zh: string) => ({ en, zh });

export const SOURCES: TemplateSource[] = [
  {
    id: 'broadband',
    kind: 'blueprint',
    title: t('Broadband relocation', '宽带移机'),
    description: t('A customer moves home and asks to move her broadband; a wrongly assigned region sends the whole flow back to the start.', '客户搬家后申请宽带移机；片区分配错误让整个流程从头再来。'),
    persona: { name: t('Ms Wang', '王女士'), role: t('Home broadband customer, just moved', '刚搬家的家庭宽带用户'), goals: t('Internet working in the new flat within a week, without repeating herself', '一周内在新家用上宽带，不用反复说明情况'), quote: t('I only want to be online after the move.', '我只想搬家后能上网。') },
    scenario: t('Ms Wang has moved across town and calls the operator to move her broadband line.', '王女士搬到了城市另一头，打电话给运营商办理宽带移机。'),
    expectations: t('One call, a confirmed visit date, working internet within a week.', '一通电话办完，确认上门时间，一周内通网。'),
    lanes: ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain'],
    stages: [
      {
        title: t('Reaching the operator', '联系运营商'),
        steps: [
          { title: t('Robot answers', '机器人接听'), emotion: -1, duration: 2, cards: { evidence: ['IVR voice menu'], customer: [t('Calls the 10000 hotline', '拨打10000号')], frontstage: [t('Voice robot asks what she needs', '语音机器人询问需求')], pain: [{ text: t('The robot does not understand "move broadband"', '机器人听不懂“宽带移机”'), owner: t('Customer service', '客服'), rootCause: t('Speech model not trained on this phrase', '语音模型未训练该说法') }] } },
          { title: t('Self-service menu', '自助菜单'), emotion: -1, duration: 3, cards: { customer: [t('Presses keys through three menu levels', '按键走了三层菜单')], backstage: [t('Menu tree routes by keyword', '菜单按关键词分流')] } },
          { title: t('Chooses the business type', '选择业务类型'), emotion: -2, duration: 2, cards: { customer: [{ text: t('Cannot find "relocation" and picks "other"', '找不到“移机”，只好选“其他”'), wait: 4 }], pain: [{ text: t('No menu entry for relocation', '菜单里没有移机选项'), owner: t('Product', '产品'), rootCause: t('Menu not updated since the service launched', '业务上线后菜单未更新') }] } },
        ],
      },
      {
        title: t('Getting to a person', '转接人工'),
        steps: [
          { title: t('Broadband centre', '宽带中心'), emotion: -1, duration: 5, cards: { frontstage: [t('Routed to the broadband centre queue', '转入宽带中心队列')], customer: [{ text: t('Waits in the queue', '排队等待'), wait: 12 }] } },
          { title: t('Transferred to a human', '转人工'), emotion: 1, duration: 6, cards: { frontstage: [t('Agent greets her by name', '客服叫出她的名字打招呼')], evidence: [t('Hold music stops', '等待音乐停止')] } },
          { title: t('Leaves account and new address', '留下账号和新地址'), emotion: 1, duration: 4, cards: { customer: [t('Gives account number and new address', '报出账号和新地址')], frontstage: [t('Agent repeats the address back', '客服复述地址确认')], backstage: [t('Relocation order created in CRM', 'CRM 生成移机工单')] } },
        ],
      },
      {
        title: t('Getting it done', '办理完成'),
        steps: [
          { title: t('Order registered', '工单登记'), emotion: 1, cards: { evidence: [t('SMS with order number', '短信收到工单号')], support: [t('Address-to-region lookup', '地址—片区对照表')] } },
          { title: t('Region assigned wrongly', '片区分配错误'), emotion: -3, cards: { backstage: [{ text: t('Order dispatched to the wrong region and bounced back', '工单派到错误片区后被退回'), fail: true }], customer: [{ text: t('Called again and had to start from the robot', '再次致电，又从机器人开始'), wait: 25 }], pain: [{ text: t('The whole flow restarts from zero', '整个流程从头再来'), owner: t('Network operations', '网络运维'), rootCause: t('Region table out of date for new estates', '新小区未录入片区对照表') }] } },
          { title: t('Local team calls', '属地团队联系'), emotion: 0, cards: { frontstage: [t('Technician phones to book a visit', '装维师傅电话预约上门')], customer: [t('Agrees a visit on Saturday', '约定周六上门')] } },
          { title: t('Done', '完成'), emotion: 2, cards: { frontstage: [t('Line installed and speed tested together', '装好线路并一起测速')], evidence: [t('Satisfaction survey by SMS', '短信满意度调查')] } },
        ],
      },
    ],
  },
  {
    id: 'purchase',
    kind: 'journey',
    title: t('Online purchase funnel', '线上购买漏斗'),
    description: t('From a first website visit to a support contact after buying, with CSAT, CES and NPS at each stage.', '从首次访问网站到购买后的客服联系，每个阶段都有 CSAT、CES 和 NPS。'),
    persona: { name: t('Li Na', '李娜'), role: t('Office manager buying a printer for her team', '为团队采购打印机的行政主管'), goals: t('A reliable printer, delivered this week, within budget', '靠谱的打印机，本周送到，不超预算'), quote: t('Just tell me which one and when it arrives.', '直接告诉我买哪台、什么时候到。') },
    scenario: t('Li Na researches and buys an office printer online.', '李娜在网上调研并购买一台办公打印机。'),
    expectations: t('Clear comparison, honest delivery dates, easy help if setup fails.', '对比清楚，交期可信，装不好时容易求助。'),
    lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity', 'metric'],
    stages: [
      {
        title: t('Awareness', '认知'),
        steps: [
          { title: t('First website visit', '首次访问网站'), emotion: 0, cards: { touchpoint: [{ text: t('Search ad to product page', '搜索广告进入产品页'), channel: 'web' }], thinking: [t('Which of these fits a team of 12?', '12 人的团队该选哪一台？')] } },
          { title: t('Downloads a buying guide', '下载选购指南'), emotion: 1, cards: { touchpoint: [{ text: t('PDF guide behind an e-mail form', '填邮箱下载 PDF 指南'), channel: 'web' }], metric: [{ text: t('Guide usefulness', '指南有用性'), metric: { type: 'CSAT', value: 4.1, sample: 230 } }] } },
          { title: t('Marketing follow-up', '营销跟进'), emotion: -1, cards: { touchpoint: [{ text: t('Three e-mails in two days', '两天收到三封邮件'), channel: 'email' }, { text: t('Retargeting ads', '再营销广告'), channel: 'social' }], pain: [{ text: t('Feels chased rather than helped', '感觉被追着推销'), owner: t('Marketing', '市场'), rootCause: t('Cadence tuned for clicks, not for buyers', '发送节奏为点击率而设') }] } },
        ],
      },
      {
        title: t('Decision', '决策'),
        steps: [
          { title: t('Online chat', '在线咨询'), emotion: 2, cards: { touchpoint: [{ text: t('Chat with a product specialist', '与产品专家在线聊天'), channel: 'chatbot' }], customer: [t('Asks about toner costs per page', '询问单页耗材成本')], metric: [{ text: t('Effort to get an answer', '获得答案的费力度'), metric: { type: 'CES', value: 2.1, sample: 180 } }] } },
          { title: t('Purchase', '下单购买'), emotion: 1, cards: { customer: [{ text: t('Pays by company card', '用公司卡付款'), wait: 3 }], touchpoint: [{ text: t('Checkout with delivery date', '结算页显示送货日期'), channel: 'web' }] } },
        ],
      },
      {
        title: t('After purchase', '购买之后'),
        steps: [
          { title: t('Product registration', '产品注册'), emotion: -1, cards: { touchpoint: [{ text: t('Registration app asks for the serial number', '注册 App 要求输入序列号'), channel: 'app' }], pain: [{ text: t('Serial number is printed inside the back panel', '序列号印在后盖里面'), owner: t('R&D', '研发'), rootCause: t('Label placement never user-tested', '标签位置从未做过用户测试') }] } },
          { title: t('Support contact', '联系客服'), emotion: -2, cards: { touchpoint: [{ text: t('Hotline about a Wi-Fi setup error', '致电热线咨询 Wi-Fi 配置错误'), channel: 'phone' }], customer: [{ text: t('Waits for second-line support', '等待二线支持'), wait: 20 }], opportunity: [t('Setup video sent with the delivery SMS', '随送货短信发送安装视频')], metric: [{ text: t('Would recommend', '推荐意愿'), metric: { type: 'NPS', value: 12, sample: 310 } }] } },
        ],
      },
    ],
  },
  {
    id: 'retail',
    kind: 'journey',
    title: t('Store visit with a return', '门店购物与退货'),
    description: t('Expert advice without hard selling, an out-of-stock item handled well, and a return as easy as the purchase.', '专业建议而不强推，缺货处理得当，退货和购买一样方便。'),
    persona: { name: t('Zhang Wei', '张伟'), role: t('Weekend runner buying new shoes', '周末跑步爱好者，来买跑鞋'), goals: t('Shoes that fit, advice he can trust', '合脚的鞋，可信的建议'), quote: t('Help me choose, then leave me alone.', '帮我选，然后别一直推销。') },
    scenario: t('Zhang Wei visits a sports store to buy running shoes and later returns one pair.', '张伟去运动用品店买跑鞋，后来退了一双。'),
    expectations: t('Honest advice, my size in stock, no questions on a return.', '建议中肯，有我的尺码，退货不刁难。'),
    lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
    stages: [
      {
        title: t('In the store', '在店内'),
        steps: [
          { title: t('Expert advice', '专业建议'), emotion: 2, cards: { touchpoint: [{ text: t('Staff runner watches his gait', '店员跑者观察他的步态'), channel: 'store' }], thinking: [t('She actually runs; I trust her', '她自己也跑步，可以信')] } },
          { title: t('No hard selling', '不强行推销'), emotion: 1, cards: { customer: [t('Tries three pairs at his own pace', '按自己的节奏试了三双')], opportunity: [t('Let customers book a gait check online', '支持线上预约步态分析')] } },
          { title: t('Out of stock', '缺货'), emotion: -1, cards: { customer: [t('His size is sold out', '他的尺码卖完了')], touchpoint: [{ text: t('Staff orders it to his home, free', '店员免费下单寄到家'), channel: 'app' }], pain: [{ text: t('Popular sizes run out on weekends', '热门尺码周末断货'), owner: t('Logistics / warehouse', '物流/仓储'), rootCause: t('Replenishment only on Mondays', '每周一才补货') }] } },
          { title: t('Pays', '付款'), emotion: 1, cards: { touchpoint: [{ text: t('Pays by WeChat at the fitting area', '在试鞋区用微信付款'), channel: 'wechat' }] } },
        ],
      },
      {
        title: t('Return', '退货'),
        steps: [
          { title: t('Second pair does not fit', '第二双不合脚'), emotion: -1, cards: { thinking: [t('Will they make this hard?', '退货会不会很麻烦？')] } },
          { title: t('Returns in any store', '任意门店退货'), emotion: 2, cards: { touchpoint: [{ text: t('Scans the order QR code at the till', '收银台扫订单二维码'), channel: 'store' }], customer: [{ text: t('Refund in one minute, no questions', '一分钟退款，不问原因'), wait: 1 }] } },
        ],
      },
    ],
  },
  {
    id: 'carsharing',
    kind: 'journey',
    title: t('Car sharing', '汽车共享'),
    description: t('Learn about the service, sign up, find and book a nearby car, unlock it, drive and park, pay.', '了解服务、注册、找车订车、开锁、驾驶停车、付款。'),
    persona: { name: t('Chen Jie', '陈杰'), role: t('City dweller without a car', '没有私家车的城市上班族'), goals: t('A car for a few hours, twice a month, no paperwork', '每月两次用几个小时车，手续越少越好'), quote: t('If it takes longer than a taxi, I will take a taxi.', '要是比打车还麻烦，我就打车了。') },
    scenario: t('Chen Jie signs up and takes his first car-sharing trip to IKEA.', '陈杰注册后第一次用共享汽车去宜家。'),
    expectations: t('Sign up in minutes, a car within a 5-minute walk, a clear price.', '几分钟注册完，步行 5 分钟内有车，价格清楚。'),
    lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
    stages: [
      {
        title: t('Getting started', '开始使用'),
        steps: [
          { title: t('Learns about it', '了解服务'), emotion: 1, cards: { touchpoint: [{ text: t('Friend shares a short video', '朋友分享的短视频'), channel: 'shortVideo' }], thinking: [t('Is it cheaper than a taxi for three hours?', '用三小时比打车便宜吗？')] } },
          { title: t('Signs up', '注册'), emotion: -2, cards: { touchpoint: [{ text: t('App asks for licence photos and a deposit', 'App 要求上传驾照并交押金'), channel: 'app' }], customer: [{ text: t('Waits for licence approval', '等待驾照审核'), wait: 45 }], pain: [{ text: t('Approval takes hours, not minutes', '审核要几个小时'), owner: t('Operations', '运营'), rootCause: t('Manual review of every licence', '每张驾照人工审核') }] } },
        ],
      },
      {
        title: t('The trip', '出行'),
        steps: [
          { title: t('Finds and books a nearby car', '找车订车'), emotion: 1, cards: { touchpoint: [{ text: t('Map shows a car 300 m away', '地图显示 300 米外有车'), channel: 'app' }] } },
          { title: t('Unlocks the car', '开锁'), emotion: -1, cards: { customer: [{ text: t('Phone has no signal in the garage', '地下车库手机没信号'), fail: true }], opportunity: [t('Bluetooth unlock without a network', '无网络时蓝牙开锁')] } },
          { title: t('Drives and parks', '驾驶停车'), emotion: 2, cards: { customer: [t('Easy drive, parks in a marked bay', '开得顺，停进指定车位')], thinking: [t('Where may I leave it at IKEA?', '到了宜家车能停哪儿？')] } },
          { title: t('Pays', '付款'), emotion: 1, cards: { touchpoint: [{ text: t('Itemised receipt in the app', 'App 内详细账单'), channel: 'app' }], thinking: [t('Ten minutes over cost me a whole extra hour', '超时十分钟却按一小时收费')] } },
        ],
      },
    ],
  },
  {
    id: 'hotel',
    kind: 'journey',
    title: t('Hotel stay with a surprise', '酒店入住的惊喜'),
    description: t('From check-in to check-out; an umbrella lent in the rain becomes the moment guests remember.', '从入住到退房；雨天借出的一把伞成了客人记住的时刻。'),
    persona: { name: t('Liu Fang', '刘芳'), role: t('Consultant on a two-night business trip', '出差两晚的咨询顾问'), goals: t('Sleep well, work in the room, no surprises on the bill', '睡个好觉，能在房间办公，账单没有意外'), quote: t('I remember the hotels that noticed me.', '我记得那些在意我的酒店。') },
    scenario: t('Liu Fang stays two nights for a client workshop; it rains on the second morning.', '刘芳为客户研讨会住两晚；第二天早上下雨了。'),
    expectations: t('Fast check-in, a quiet room, quick check-out.', '入住快，房间安静，退房快。'),
    lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
    stages: [
      {
        title: t('Arrival', '抵达'),
        steps: [
          { title: t('Check-in', '办理入住'), emotion: 0, cards: { touchpoint: [{ text: t('Front desk queue', '前台排队'), channel: 'store' }], customer: [{ text: t('Waits behind a tour group', '排在旅行团后面'), wait: 15 }], pain: [{ text: t('No separate line for business guests', '没有商务客人专用通道'), owner: t('Front office', '前厅'), rootCause: t('Group arrivals not staggered', '团队入住未错峰') }], thinking: [t('I only want my key and a shower', '我只想拿到房卡去洗个澡')], opportunity: [t('Mobile check-in for returning guests', '常客手机自助入住')] } },
          { title: t('The room', '客房'), emotion: 1, cards: { customer: [t('Quiet room, desk by the window', '房间安静，窗边有书桌')] } },
        ],
      },
      {
        title: t('The stay', '住宿'),
        steps: [
          { title: t('Breakfast', '早餐'), emotion: 0, cards: { thinking: [t('Will I make the 9:00 start?', '能赶上九点开会吗？')], touchpoint: [{ text: t('Breakfast room, busy at 8:00', '早餐厅，八点最拥挤'), channel: 'store' }] } },
          { title: t('Rain on the way out', '出门遇雨'), emotion: 3, cards: { touchpoint: [{ text: t('Doorman lends an umbrella and calls a taxi', '门童借伞并叫好出租车'), channel: 'store' }], thinking: [t('They noticed before I asked', '我还没开口他们就注意到了')], opportunity: [t('Make this a standard for rainy mornings', '把雨天借伞变成标准服务')] } },
        ],
      },
      {
        title: t('Departure', '离店'),
        steps: [
          { title: t('Check-out', '退房'), emotion: 1, cards: { touchpoint: [{ text: t('Bill by e-mail, express check-out', '邮件账单，快速退房'), channel: 'email' }], customer: [t('Drops the key card in a box, no queue', '把房卡投进箱子，不用排队')] } },
        ],
      },
    ],
  },
  {
    id: 'springFestival',
    kind: 'journey',
    title: t('Holiday train travel for elderly travellers', '春运老年旅客乘车'),
    description: t('Buying a ticket, finding the right entrance, the face and ID gate; missing help staff is the low point.', '购票、找对进站口、刷脸验证件；找不到引导员是最低点。'),
    persona: { name: t('Grandpa Zhao', '赵大爷'), role: t('72, travelling home alone for the Spring Festival', '72 岁，春节独自回老家'), goals: t('Get on the right train without asking strangers', '不用求陌生人就能坐上车'), quote: t('I can read the big signs, not the small screens.', '大字牌子我看得清，小屏幕看不清。') },
    scenario: t('Grandpa Zhao takes a high-speed train home for the Spring Festival.', '赵大爷春节坐高铁回老家。'),
    expectations: t('A ticket without a smartphone, clear signs, someone to ask.', '不用智能手机也能买票，指示清楚，有人可以问。'),
    lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
    stages: [
      {
        title: t('Before the trip', '出发前'),
        steps: [
          { title: t('Buys a ticket', '购票'), emotion: -1, cards: { touchpoint: [{ text: t('Grandson books it in the app for him', '孙子在 App 上帮他订票'), channel: 'app' }], thinking: [t('Where is my ticket? There is no paper', '我的票在哪？连张纸都没有')], pain: [{ text: t('Cannot book a ticket without a smartphone', '没有智能手机就买不到票'), owner: t('Ticketing', '票务'), rootCause: t('Station ticket windows cut back in the rush', '春运期间车站窗口减少') }] } },
        ],
      },
      {
        title: t('At the station', '在车站'),
        steps: [
          { title: t('Finds the right entrance', '找对进站口'), emotion: -2, cards: { customer: [{ text: t('Walks to the wrong entrance first', '先走到了错误的进站口'), wait: 20 }], pain: [{ text: t('Entrance numbers only on small screens', '进站口编号只显示在小屏幕上'), owner: t('Station operations', '车站运营'), rootCause: t('Signage designed for phone users', '指示系统按手机用户设计') }] } },
          { title: t('Face and ID gate', '刷脸验证'), emotion: -1, cards: { customer: [{ text: t('Gate fails to read his old ID card', '闸机读不出他的旧身份证'), fail: true }], opportunity: [t('A staffed lane for old ID cards', '为旧身份证开设人工通道')] } },
          { title: t('Looks for help staff', '找引导员'), emotion: -3, cards: { customer: [{ text: t('No help staff at the gate during the rush', '高峰时段闸机旁没有引导员'), wait: 15 }], thinking: [t('Will I miss my train?', '我会不会赶不上车？')], pain: [{ text: t('Help desks staffed for normal days, not for the holiday rush', '引导员按平日配置，没考虑春运高峰'), owner: t('Customer service', '客服'), rootCause: t('Staffing plan ignores peak-day ratios', '排班未按高峰日比例') }], opportunity: [t('Red-vest volunteers at every gate in the rush weeks', '春运期间每个闸机配红马甲志愿者')] } },
        ],
      },
      {
        title: t('On board', '上车'),
        steps: [
          { title: t('Boards the train', '上车'), emotion: 1, cards: { customer: [t('A volunteer walks him to his carriage', '志愿者把他送到车厢')], thinking: [t('Someone looked after me; I will travel again', '有人照顾我，下次还敢坐')] } },
        ],
      },
    ],
  },
];
