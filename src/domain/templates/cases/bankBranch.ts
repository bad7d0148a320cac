import { t, type Template } from '../types';

/**
 * Opening a salary account at a bank branch under anti-fraud rules: the purpose-of-account check
 * nearly sends the customer home, and a low default transfer limit follows her out of the door.
 */
export const bankBranch: Template = {
  id: 'bankBranch',
  kind: 'blueprint',
  title: t('Opening a salary account at a bank branch', '银行网点开立工资卡', '銀行分行開薪轉戶'),
  description: t(
    'A new graduate opens the account her employer pays salaries into. The anti-fraud purpose check nearly sends her home; a low default limit follows. The branch recovers both.',
    '应届毕业生去网点开工资卡。反诈开户核实差点让她白跑一趟，低额度又紧随其后；网点把两处都补救了回来。',
    '社會新鮮人到分行開公司指定的薪轉戶。防詐開戶審查差點讓她白跑一趟，接著又是很低的轉帳額度；分行把兩件事都補救回來。',
  ),
  persona: {
    name: t('Zhou Min', '周敏', '周敏'),
    role: t('23, first job, new in the city', '23 岁，刚入职，初到这座城市', '23 歲，第一份工作，剛到這個城市'),
    goals: t('An account her salary can be paid into this month, and rent paid on time', '本月工资能按时到账，房租按时交', '這個月薪水能準時入帳，房租準時繳'),
    quote: t('I brought my ID. What else could they want?', '我带了身份证，还要什么？', '我帶了身分證，還要什麼？'),
  },
  scenario: t(
    'Her employer pays salaries through one bank; Zhou Min books a Saturday visit to open the account.',
    '公司指定一家银行代发工资；周敏预约了周六去网点开户。',
    '公司指定一家銀行做薪資轉帳；周敏預約週六到分行開戶。',
  ),
  expectations: t('One visit, a card and mobile banking, a limit she can live with.', '一次办好，拿到卡、开通手机银行，额度够用。', '一次辦好，拿到金融卡、開通行動銀行，額度夠用。'),
  endsWell: true,
  lanes: ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Before the visit', '预约准备', '事前預約'),
      steps: [
        {
          title: t('Books online', '线上预约', '線上預約'),
          emotion: 1,
          cards: {
            evidence: [t('Booking SMS: "Please bring your ID card"', '预约短信：“请携带本人身份证”', '預約簡訊：「請攜帶本人身分證」')],
            customer: [t('Books a Saturday morning slot in the bank\'s app', '在手机银行上约了周六上午', '在銀行 App 上約了週六上午')],
            backstage: [t('Branch appointment schedule', '网点预约排期', '分行預約排程')],
            pain: [{ text: t('The checklist leaves out proof of employment', '材料清单没写要带工作证明', '應備文件沒寫要帶在職證明'), owner: t('Retail banking', '个人金融部', '個人金融處'), rootCause: t('The checklist was not updated with the anti-fraud account-opening rules', '清单没有随反诈开户新规更新', '清單沒有跟著防詐開戶新規定更新') }],
          },
        },
      ],
    },
    {
      title: t('At the branch', '到达网点', '到分行'),
      steps: [
        {
          title: t('Greeted and directed', '大堂分流', '大廳引導'),
          emotion: 1,
          cards: {
            evidence: [t('Queue-number machine, smart teller kiosks', '叫号机、智能柜员机', '號碼牌機、智慧櫃員機')],
            frontstage: [t('Lobby manager asks what she needs and has her pre-fill the form on a tablet', '大堂经理问明业务，引导她在平板上预填信息', '大廳服務人員問清楚業務，請她先在平板上填好資料')],
            customer: [t('Pre-fills her details while she waits', '排队时预填好资料', '等候時先填好資料')],
          },
        },
        {
          title: t('Waits for a counter', '等候叫号', '等候叫號'),
          emotion: -1,
          cards: {
            evidence: [t('Calling screen: 8 ahead, two counters open', '叫号屏：前面 8 人，只开两个柜台', '叫號螢幕：前面 8 位，只開兩個櫃檯')],
            customer: [{ text: t('Waits for a counter', '等柜台叫号', '等櫃檯叫號'), wait: 25 }],
            support: [t('Saturday rota: two tellers', '周六排班只有两名柜员', '週六排班只有兩位櫃員')],
          },
        },
      ],
    },
    {
      title: t('At the counter', '柜台开户', '臨櫃開戶'),
      steps: [
        {
          title: t('Identity check', '身份核验', '身分核對'),
          emotion: 0,
          cards: {
            frontstage: [t('Teller reads her ID card and matches her face', '柜员读取身份证并做人脸比对', '櫃員核對身分證並比對本人')],
            support: [t('National ID verification service', '公民身份信息联网核查', '身分證領補換資料查詢')],
          },
        },
        {
          title: t('Purpose of the account', '开户用途核实', '開戶目的審查'),
          keyMoment: true,
          emotion: -3,
          cards: {
            frontstage: [t('Teller asks why she needs the account and for a labour contract or employer\'s letter', '柜员询问开户用途，要求提供劳动合同或工作证明', '櫃員詢問開戶目的，要她提供勞動契約或在職證明')],
            customer: [{ id: 'proof', text: t('Has no paper proof; told she may have to come back another day', '没带任何证明，被告知可能要改天再来', '沒帶任何證明，被告知可能要改天再來'), fail: true }],
            backstage: [{ id: 'payroll', text: t('Recovery: the teller looks her employer up in the bank\'s payroll-client list and accepts the offer e-mail on her phone', '补救：柜员查询代发工资单位名单，找到她的公司，凭手机里的入职通知邮件完成核实', '補救：櫃員查詢薪轉公司名單，找到她的公司，憑手機裡的錄取通知信完成審查'), recovers: 'proof' }],
            pain: [{ text: t('Nearly a wasted trip', '差点白跑一趟', '差點白跑一趟'), owner: t('Operations management', '运营管理部', '作業管理處'), rootCause: t('Anti-fraud rules require the purpose to be verified; the booking never said so', '反诈要求核实开户用途，预约时却没告知', '防詐規定要查核開戶目的，預約時卻沒說') }],
          },
        },
      ],
    },
    {
      title: t('Setting up', '激活设置', '開通設定'),
      steps: [
        {
          title: t('Card and mobile banking', '领卡开通手机银行', '領卡並開通行動銀行'),
          emotion: 1,
          cards: {
            evidence: [t('New debit card', '新的借记卡', '新的金融卡')],
            frontstage: [t('Teller helps her activate mobile banking and set a PIN', '柜员协助激活手机银行、设置密码', '櫃員協助開通行動銀行、設定密碼')],
            support: [{ id: 'core', text: t('Core banking opens the account', '核心系统开户', '核心系統開戶') }],
          },
        },
        {
          title: t('A low transfer limit', '非柜面限额', '轉帳額度很低'),
          emotion: -2,
          cards: {
            evidence: [t('Limit notice: 500 yuan a day for non-counter transfers', '限额告知书：非柜面转账每日 500 元', '額度告知書：非約定轉帳每天 5,000 元')],
            customer: [t('Rent is 2,800; the limit will not cover it', '房租 2800 元，额度不够交', '房租 1 萬 2，額度根本不夠繳')],
            backstage: [{ id: 'limit', text: t('Anti-fraud risk engine gives every new account the lowest limit', '反诈风控系统对新开户统一设最低限额', '防詐風控系統對新戶一律設最低額度') }],
            pain: [{ text: t('The same low limit for everyone, whatever the purpose', '不论用途，新开户一律低限额', '不管開戶目的，新戶一律低額度'), owner: t('Risk management', '风险管理部', '風險管理處'), rootCause: t('Risk rules do not use the verified payroll relationship', '风控规则没有用上已核实的代发关系', '風控規則沒有採用已查核的薪轉關係') }],
            opportunity: [t('Raise the limit automatically once a verified salary arrives', '代发工资入账即自动提额', '薪資入帳後自動調高額度')],
          },
        },
      ],
    },
    {
      title: t('Afterwards', '离柜跟进', '離櫃後續'),
      steps: [
        {
          title: t('Leaves the branch', '离开网点', '離開分行'),
          emotion: 1,
          cards: {
            evidence: [t('Receipt and a leaflet: how the limit is raised', '回单和一张“如何调整限额”说明', '收據和一張「如何調整額度」說明')],
            frontstage: [t('Teller explains the limit will be reviewed after her first salary', '柜员说明首笔工资到账后会复核额度', '櫃員說明第一筆薪水入帳後會重新審核額度')],
          },
        },
        {
          title: t('First salary, limit raised', '工资到账提额', '薪水入帳調高額度'),
          surprise: true,
          emotion: 2,
          cards: {
            backstage: [{ id: 'review', text: t('Salary arrives from a verified payroll client; the risk review raises the limit', '代发工资入账，风控复核后提高限额', '薪轉入帳，風控複審後調高額度') }],
            frontstage: [t('Her account manager phones to say the limit is raised', '客户经理主动来电告知额度已调整', '理財專員主動來電告知額度已經調整')],
            customer: [t('Pays the rent on time from her phone', '用手机按时交上房租', '用手機準時繳了房租')],
          },
        },
      ],
    },
  ],
  connections: [
    { from: 'proof', to: 'payroll', label: t('recovery', '补救', '補救') },
    { from: 'payroll', to: 'core', label: t('verified', '核实通过', '審查通過') },
    { from: 'core', to: 'limit', label: t('default limit', '默认限额', '預設額度') },
    { from: 'limit', to: 'review', label: t('review after salary', '工资到账后复核', '薪資入帳後複審') },
  ],
};
