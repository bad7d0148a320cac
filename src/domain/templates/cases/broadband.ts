import { t, type Template } from '../types';

/**
 * A wrongly routed relocation order, and the fix that keeps it from bouncing back to the
 * customer: first-contact ownership (首问负责), internal re-dispatch, proactive progress calls.
 */
export const broadband: Template = {
  id: 'broadband',
  kind: 'blueprint',
  title: t('Broadband relocation', '宽带移机', '寬頻移機'),
  description: t(
    'A customer moves home and asks to move her broadband. The order goes to the wrong area; the agent who took her call owns the case, has it re-dispatched internally and calls her with progress.',
    '客户搬家后申请宽带移机。工单被派错片区；首问责任人全程跟进，内部改派，并主动致电告知进度。',
    '客戶搬家後申請寬頻移機。案件被派到錯誤的服務區域；第一位接手的客服人員負責到底，在內部改派，並主動來電告知進度。',
  ),
  persona: {
    name: t('Ms Wang', '王女士', '王小姐'),
    role: t('Home broadband customer, just moved', '刚搬家的家庭宽带用户', '剛搬家的家用寬頻用戶'),
    goals: t('Internet working in the new flat within a week, without repeating herself', '一周内在新家用上宽带，不用反复说明情况', '一週內在新家就能上網，不必一再重複說明'),
    quote: t('I only want to be online after the move.', '我只想搬家后能上网。', '我只想搬完家就能上網。'),
  },
  scenario: t(
    'Ms Wang has moved across town and calls the operator to move her broadband line.',
    '王女士搬到了城市另一头，打电话给运营商办理宽带移机。',
    '王小姐搬到城市的另一頭，打電話給電信業者辦理寬頻移機。',
  ),
  expectations: t('One call, a confirmed visit date, working internet within a week.', '一通电话办完，确认上门时间，一周内通网。', '一通電話就辦好，確定到府時間，一週內可以上網。'),
  endsWell: true,
  lanes: ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Reaching the operator', '联系运营商', '聯絡電信業者'),
      steps: [
        {
          title: t('Voice navigation', '语音导航', '語音導引'),
          emotion: -1,
          duration: 2,
          cards: {
            evidence: [t('Voice prompt: "Please say what you need"', '语音提示“请说出您要办理的业务”', '語音提示「請說出您要辦理的業務」')],
            customer: [t('Calls the 10000 hotline and says "move my broadband"', '拨打 10000 号，说“宽带移机”', '撥打客服專線 10000，說「寬頻移機」')],
            backstage: [t('Speech recognition routes by the keywords it hears', '语音识别按听到的关键词分流', '語音辨識依聽到的關鍵字分流')],
            pain: [{ text: t('The robot does not recognise "move my broadband"', '机器人听不懂“宽带移机”', '語音機器人聽不懂「寬頻移機」'), owner: t('Customer service', '客服中心', '客服中心'), rootCause: t('"Relocation" is missing from the keyword list', '关键词库里没有“移机”', '關鍵字庫裡沒有「移機」') }],
          },
        },
        {
          title: t('Key menu', '按键菜单', '按鍵選單'),
          emotion: -2,
          duration: 4,
          cards: {
            customer: [{ text: t('Falls back to keys: three menu levels, no "relocation", picks "other"', '改用按键，走了三层菜单也找不到“移机”，只好选“其他”', '改用按鍵，按了三層選單還是找不到「移機」，只好選「其他」') }],
            backstage: [t('The key path decides the queue; "other" goes to the general queue', '按键路径决定进入哪个队列，“其他”进综合队列', '按鍵路徑決定轉給哪一組客服，「其他」轉到一般客服')],
            pain: [{ text: t('No menu entry for relocation', '菜单里没有移机选项', '選單裡沒有移機選項'), owner: t('Product', '产品部', '產品部'), rootCause: t('Menu not updated since relocation was launched', '移机业务上线后菜单未更新', '移機服務上線後，選單一直沒有更新') }],
            opportunity: [t('Add "move home" to the keyword list and the first menu level', '把“搬家移机”加入关键词库和一级菜单', '把「搬家移機」加進關鍵字庫和第一層選單')],
          },
        },
        {
          title: t('Waiting for an agent', '排队等人工', '等候專人接聽'),
          emotion: -2,
          duration: 12,
          cards: {
            evidence: [t('Hold music, "you are number 9 in line"', '等待音乐，“您前面还有 9 位”', '等候音樂，「您前面還有 9 位」')],
            customer: [{ text: t('Waits in the general queue', '在综合队列里排队', '在一般客服線上等候'), wait: 12 }],
            support: [t('Agent schedule built for weekday volume', '坐席排班按工作日话务量制定', '客服人力依平日來電量排班')],
          },
        },
      ],
    },
    {
      title: t('Placing the order', '受理移机', '受理移機'),
      steps: [
        {
          title: t('The agent takes ownership', '首问负责', '首位接手人員負責到底'),
          keyMoment: true,
          emotion: 1,
          duration: 3,
          cards: {
            frontstage: [{ id: 'owner', text: t('Agent greets her by name and says: "I will follow this until it is done"; gives her staff number', '客服叫出她的姓名，承诺“这件事我跟到底”，并报上工号', '客服人員叫出她的名字，承諾「這件事我會負責到底」，並告知員工編號') }],
            customer: [t('Feels someone is in charge', '觉得终于有人管了', '覺得終於有人負責了')],
            support: [t('First-contact ownership rule: the first agent owns the case until it closes', '首问负责制：首个受理人跟进至办结', '首問負責制度：第一位受理人員跟進到結案')],
          },
        },
        {
          title: t('Account and new address', '核对账号和新地址', '核對帳號和新地址'),
          emotion: 1,
          duration: 4,
          cards: {
            customer: [t('Gives account number and new address', '报出账号和新地址', '提供帳號和新地址')],
            frontstage: [t('Agent reads the address back and books a visit window', '客服复述地址并约定上门时段', '客服人員覆誦地址，並約好到府時段')],
            backstage: [{ id: 'order', text: t('Relocation order created in the CRM', 'CRM 生成移机工单', 'CRM 建立移機案件') }],
            evidence: [t('SMS with the order number and the visit window', '短信告知工单号和上门时段', '簡訊告知受理編號和到府時段')],
          },
        },
      ],
    },
    {
      title: t('Dispatch and installation', '派单与装机', '派工與裝機'),
      steps: [
        {
          title: t('Order sent to the wrong area', '工单派错片区', '案件派錯服務區域'),
          emotion: -2,
          cards: {
            backstage: [{ id: 'fail', text: t('Order dispatched to the wrong area and bounced back', '工单派到错误片区后被退回', '案件派到錯誤的服務區域後被退回'), fail: true }],
            support: [{ id: 'table', text: t('Address-to-area lookup table', '地址—片区对照表', '地址與服務區域對照表') }],
            customer: [t('No call from a technician the next day', '第二天没等到装维师傅的电话', '隔天沒接到裝機人員的電話')],
            pain: [{ text: t('A bounced order used to go back to the customer, who had to start again from the robot', '以前工单被退回就要客户重新打电话，从机器人开始', '以前案件被退回，客戶就得重打電話，從語音機器人重來'), owner: t('Network operations', '网络运维部', '網路維運部'), rootCause: t('New estates not yet in the address-to-area table', '新小区未录入片区对照表', '新社區還沒建進對照表') }],
          },
        },
        {
          title: t('Re-dispatched internally', '内部改派', '內部改派'),
          keyMoment: true,
          emotion: 1,
          cards: {
            backstage: [{ id: 'redispatch', text: t('Recovery: the owning agent gets the bounce alert and has the order re-dispatched to the right area; the table is corrected', '补救：首问责任人收到退单提醒，内部改派到正确片区，并更正对照表', '補救：負責的客服人員收到退件通知，在內部改派到正確區域，並更正對照表'), recovers: 'fail' }],
            frontstage: [{ id: 'call', text: t('Recovery: she calls Ms Wang first, apologises and confirms the same visit window', '补救：客服主动致电王女士致歉，确认上门时段不变', '補救：客服人員主動打給王小姐致歉，確認到府時段不變'), recovers: 'fail' }],
            customer: [t('Did not have to chase anyone', '不用自己再打电话催', '不用自己再打電話去催')],
          },
        },
        {
          title: t('Progress call', '进度告知', '進度通知'),
          emotion: 1,
          cards: {
            frontstage: [t('Technician phones the day before and confirms Saturday 9–11', '装维师傅提前一天来电，确认周六 9 点到 11 点上门', '裝機人員前一天來電，確認週六 9 點到 11 點到府')],
            evidence: [t('SMS with the technician\'s name and photo', '短信附装维师傅姓名和照片', '簡訊附上裝機人員的姓名和照片')],
            support: [t('Dispatch system sends the progress message automatically', '派单系统自动推送进度短信', '派工系統自動發送進度簡訊')],
          },
        },
        {
          title: t('Installed and tested', '装机测速', '裝機測速'),
          emotion: 2,
          duration: 60,
          cards: {
            frontstage: [t('Line installed; speed tested together on her phone', '装好线路，用她的手机一起测速', '裝好線路，用她的手機一起測速')],
            customer: [t('Online the same morning', '当天上午就能上网', '當天上午就能上網')],
          },
        },
        {
          title: t('Follow-up', '回访办结', '回訪結案'),
          emotion: 2,
          cards: {
            frontstage: [t('The owning agent calls back to close the case', '首问责任人回访后办结工单', '負責的客服人員回電後結案')],
            evidence: [t('Satisfaction survey by SMS', '短信满意度调查', '簡訊滿意度調查')],
            opportunity: [t('Check new estates against the table every week', '每周把新小区核对进片区对照表', '每週把新社區核對進對照表')],
          },
        },
      ],
    },
  ],
  connections: [
    { from: 'owner', to: 'order', label: t('creates', '生成', '建立') },
    { from: 'fail', to: 'redispatch', label: t('bounce alert', '退单提醒', '退件通知') },
    { from: 'redispatch', to: 'table', label: t('corrects', '更正', '更正') },
  ],
};
