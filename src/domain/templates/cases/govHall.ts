import { t, type Template } from '../types';

/**
 * Starting a company through 一网通办 and the government service hall: one form online, one
 * window in the hall, parallel approval behind it. The fail points are a vague rejection and a
 * shareholder who is out of town; both are recovered frontstage.
 */
export const govHall: Template = {
  id: 'govHall',
  kind: 'blueprint',
  title: t('Starting a company at the government service hall', '政务服务大厅：企业开办一件事', '政務服務大廳：公司設立一次辦'),
  description: t(
    'One online form, one window in the hall, parallel approval behind it: a founder gets the business licence, seals and invoices in one visit. A vague rejection and a long wait are the lows.',
    '一网通办填一张表，大厅一个窗口受理，后台并联审批：创业者一次拿齐执照、印章和发票。含糊的退回意见和漫长的候叫是两个低谷。',
    '線上一網通辦填一張表，大廳一個窗口受理，後台並聯審批：創業者一次拿齊執照、印章和發票。語焉不詳的退件意見和漫長的等候叫號是兩個低點。',
  ),
  persona: {
    name: t('Mr Zhou', '周先生', '周先生'),
    role: t('Founder of a two-person design studio, first company', '两人设计工作室的创始人，第一次开公司', '兩人設計工作室的創辦人，第一次開公司'),
    goals: t('Licence, seals and invoices this week, one trip to the hall', '本周拿到执照、印章和发票，只跑一趟大厅', '這週拿到執照、印章和發票，只跑一趟大廳'),
    quote: t('Tell me everything that is missing at once, not one thing at a time.', '缺什么一次告诉我，别让我一趟趟跑。', '缺什麼一次告訴我，不要讓我一趟一趟跑。'),
  },
  scenario: t(
    'Mr Zhou registers his studio as a limited company through the city\'s one-stop online service and collects everything at the service hall.',
    '周先生通过一网通办把工作室注册成有限公司，再到政务服务大厅领取全部证照。',
    '周先生透過一網通辦把工作室登記成有限公司，再到政務服務大廳領取所有證照。',
  ),
  expectations: t('One form, one trip, everything done in a working day.', '一张表、跑一次、一个工作日办结。', '一張表、跑一趟、一個工作天辦好。'),
  endsWell: true,
  lanes: ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Applying online', '网上申报', '線上申請'),
      steps: [
        {
          title: t('Fills in one form', '填一张表', '填一張表'),
          emotion: 1,
          duration: 30,
          cards: {
            evidence: [t('"Start a company" page on the one-stop portal', '一网通办“企业开办一件事”页面', '一網通辦的「公司設立一次辦」頁面')],
            customer: [t('Fills in one form; his ID details fill themselves in', '只填一张表，身份信息自动带出', '只填一張表，身分資料自動帶入')],
            backstage: [t('Company name checked against the register', '系统自动名称查重', '系統自動查核公司名稱是否重複')],
            support: [t('Electronic licence and ID database', '电子证照库', '電子證照資料庫')],
          },
        },
        {
          title: t('Returned for correction', '预审退回', '預審退件'),
          emotion: -2,
          cards: {
            evidence: [t('SMS: "Materials not compliant, please resubmit"', '短信：“材料不规范，请修改后重新提交”', '簡訊：「資料不符規定，請修改後重新送件」')],
            backstage: [{ id: 'reject', text: t('Pre-check returns the application with a stock reason only', '预审退回，意见只有一句套话', '預審退件，意見只有一句制式用語'), fail: true }],
            customer: [t('Cannot tell what to change', '看不出要改哪里', '看不出要改哪裡')],
            pain: [{ text: t('A rejection he cannot act on', '退回意见让人无从下手', '退件意見讓人不知從何改起'), owner: t('Market regulation registry', '市场监管局登记科', '市場監管局登記科'), rootCause: t('The pre-check system offers only fixed rejection reasons', '预审系统只有固定的退回原因选项', '預審系統只有固定的退件原因選項') }],
          },
        },
        {
          title: t('A helper calls', '帮办来电', '專人來電協助'),
          keyMoment: true,
          emotion: 1,
          cards: {
            frontstage: [{ id: 'helper', text: t('Recovery: a service-hall helper calls, names the two fields to fix in one go and books his visit', '补救：帮办员来电，一次性告知要改的两处，并约好到厅时间', '補救：大廳的協辦人員來電，一次說清楚要改的兩個地方，並約好臨櫃時間'), recovers: 'reject' }],
            backstage: [t('Pre-checker adds the specific reason to the record', '预审人员补写具体修改意见', '預審人員補上具體的修改意見')],
            support: [t('The tell-everything-at-once rule', '一次性告知制度', '一次告知制度')],
            opportunity: [t('Free-text rejection reasons, each with the field to fix', '退回意见写明具体字段，不再只选套话', '退件意見寫明要改的欄位，不再只勾制式選項')],
          },
        },
      ],
    },
    {
      title: t('At the hall', '到厅取号', '到大廳抽號碼牌'),
      steps: [
        {
          title: t('Takes a number', '取号', '抽號碼牌'),
          emotion: 0,
          cards: {
            evidence: [t('Ticket machine and calling screens', '取号机和叫号屏', '號碼牌機和叫號螢幕')],
            customer: [t('Scans his booking code at the machine', '在取号机上扫预约码取号', '在號碼牌機掃預約碼取號')],
            frontstage: [t('A guide at the door asks what he needs and points to the all-in-one window', '门口导办员问明事项，指引到综合窗口', '門口的引導人員問清楚要辦什麼，指引到綜合窗口')],
          },
        },
        {
          title: t('Waits to be called', '候叫', '等候叫號'),
          emotion: -2,
          duration: 35,
          cards: {
            evidence: [t('Screen: 14 people ahead', '叫号屏：前面还有 14 人', '叫號螢幕：前面還有 14 人')],
            customer: [{ text: t('Waits 35 minutes despite a booking', '有预约还是等了 35 分钟', '有預約還是等了 35 分鐘'), wait: 35 }],
            backstage: [t('Booked and walk-in numbers share one queue', '预约号和现场号混在一起叫', '預約號和現場號混在一起叫')],
            pain: [{ text: t('A booking buys no time', '预约了也不省时间', '預約了也沒有比較快'), owner: t('Government service centre', '政务服务中心', '政務服務中心'), rootCause: t('The calling system cannot tell booked from walk-in', '叫号系统不区分预约和现场取号', '叫號系統分不出預約和現場取號') }],
          },
        },
      ],
    },
    {
      title: t('At the window', '窗口受理', '臨櫃受理'),
      steps: [
        {
          title: t('One window takes it all', '一窗受理', '單一窗口受理'),
          keyMoment: true,
          emotion: 1,
          duration: 15,
          cards: {
            frontstage: [{ id: 'window', text: t('Clerk checks his ID, takes the papers and scans them once', '窗口人员核验身份、收取材料、一次扫描', '承辦人員核對身分、收件、一次掃描完成') }],
            backstage: [{ id: 'split', text: t('One entry, sent on to market regulation, tax, police (seals), social insurance and housing fund', '一次录入，分送市场监管、税务、公安（刻章）、人社和公积金', '一次登打，分送市場監管、稅務、公安（刻印章）、社保和公積金') }],
            support: [t('Government data-sharing platform', '政务数据共享平台', '政務資料共享平台')],
          },
        },
        {
          title: t('Every shareholder signs', '股东实名签名', '股東實名簽署'),
          emotion: -2,
          cards: {
            customer: [{ id: 'sign', text: t('His co-founder is out of town and cannot sign at the window', '另一位股东在外地，无法到窗口签名', '另一位股東在外地，沒辦法到窗口簽名'), fail: true }],
            frontstage: [{ text: t('Recovery: the clerk sends her a remote identity check and e-signature link; she signs from her phone in five minutes', '补救：窗口人员给外地股东发送远程实名认证和电子签名链接，五分钟内手机签完', '補救：承辦人員傳遠端實名認證和電子簽章連結給外地股東，五分鐘內用手機簽好'), recovers: 'sign' }],
            support: [t('E-signature and real-name authentication service', '电子签名和实名认证服务', '電子簽章與實名認證服務')],
            pain: [{ text: t('Nobody told him every shareholder must sign in person or online', '事先没人告诉他所有股东都要实名签名', '事前沒人告訴他所有股東都要實名簽署'), owner: t('Government service centre', '政务服务中心', '政務服務中心'), rootCause: t('The online form does not say who must sign, or how', '网上申报页面没写明谁要签、怎么签', '線上申請頁面沒寫清楚誰要簽、怎麼簽') }],
          },
        },
      ],
    },
    {
      title: t('Approval and collection', '审批出件', '審批與領件'),
      steps: [
        {
          title: t('Parallel approval', '并联审批', '並聯審批'),
          emotion: 0,
          cards: {
            backstage: [{ id: 'parallel', text: t('Departments approve in parallel; done within a working day', '各部门并联审批，一个工作日内办结', '各單位並聯審批，一個工作天內辦好') }],
            frontstage: [t('Progress SMS at each approval', '每个环节办结都有短信提醒', '每個環節辦好都有簡訊通知')],
            customer: [t('Goes back to work instead of waiting in the hall', '不用在大厅干等，先回去上班', '不用在大廳乾等，先回去上班')],
          },
        },
        {
          title: t('Collects everything at once', '一次领取', '一次領齊'),
          emotion: 2,
          cards: {
            evidence: [t('Business licence, a free first set of seals, invoices', '营业执照、免费刻制的首套印章、发票', '營業執照、免費刻製的第一套印章、發票')],
            frontstage: [{ id: 'issue', text: t('The issuing window hands over everything in one envelope', '出件窗口一个袋子全部发齐', '領件窗口一個袋子全部發齊') }],
            customer: [t('Checks the envelope and leaves', '核对袋子里的东西就走', '核對袋子裡的東西就離開')],
            opportunity: [t('Free postal delivery so the second trip is not needed', '提供免费邮寄，连这一趟也省掉', '提供免費郵寄，連這一趟都省下來')],
          },
        },
      ],
    },
    {
      title: t('Rating', '评价', '評價'),
      steps: [
        {
          title: t('Rates the service', '好差评', '服務評價'),
          emotion: 2,
          cards: {
            evidence: [t('Rating pad at the window and a QR code for the rating system', '窗口评价器和“好差评”二维码', '窗口評價器和服務評價 QR Code')],
            customer: [t('Gives five stars and names the helper who called', '打了五星，留言表扬来电的帮办员', '給了五顆星，留言稱讚來電協助的人員')],
            backstage: [t('Every poor rating gets a call-back and a fix within a set deadline', '差评须在规定时限内回访并整改', '負評必須在規定期限內回電並改善')],
            support: [t('Service rating system', '政务服务好差评系统', '政務服務評價系統')],
          },
        },
      ],
    },
  ],
  connections: [
    { from: 'window', to: 'split', label: t('one entry', '一次录入', '一次登打') },
    { from: 'split', to: 'parallel', label: t('hand-off', '流转', '轉送') },
    { from: 'parallel', to: 'issue', label: t('ready to issue', '待出件', '待領件') },
    { from: 'reject', to: 'helper', label: t('recovery', '补救', '補救') },
  ],
};
