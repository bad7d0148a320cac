import { t, type Template } from '../types';

/**
 * An older traveller in the Spring Festival rush. The station entrance (进站口: real-name check and
 * security) and the ticket gate (检票口) are two places; 12306's services for older travellers
 * (敬老版, 重点旅客预约, 爱心通道) exist but are found too late.
 */
export const springFestival: Template = {
  id: 'springFestival',
  kind: 'journey',
  title: t('Holiday train travel for an older traveller', '春运老年旅客乘车', '春運長者搭高鐵返鄉'),
  description: t(
    'A ticket bought in 12306\'s large-type mode, the entrance check, the ticket gate; the help he could have booked in advance is found only at the low point.',
    '用 12306 敬老版买票、进站核验、找检票口；本可提前预约的重点旅客服务，直到最低点才遇上。',
    '用 12306 敬老版買票、進站查驗、找剪票口；原本可以事先預約的重點旅客服務，到了最無助的時候才遇到。',
  ),
  persona: {
    name: t('Grandpa Zhao', '赵大爷', '趙伯伯'),
    role: t('72, travelling home alone for the Spring Festival', '72 岁，春节独自回老家', '72 歲，春節一個人回老家'),
    goals: t('Get on the right train without asking strangers', '不用求陌生人就能坐上车', '不必拜託陌生人也能搭上車'),
    quote: t('I can read the big signs, not the small screens.', '大字牌子我看得清，小屏幕看不清。', '大字的牌子我看得清楚，小螢幕就看不清楚了。'),
  },
  scenario: t('Grandpa Zhao takes a high-speed train home for the Spring Festival.', '赵大爷春节坐高铁回老家。', '趙伯伯春節搭高鐵回老家。'),
  expectations: t('A ticket he can manage, clear signs, someone to ask.', '票买得明白，指示清楚，有人可以问。', '票買得明白，指標清楚，有人可以問。'),
  endsWell: true,
  lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Before the trip', '出发前', '出發前'),
      steps: [
        {
          title: t('Buys the ticket', '购票', '買票'),
          emotion: 0,
          cards: {
            touchpoint: [
              { text: t('Grandson buys it in the 12306 app\'s large-type mode for older users', '孙子用 12306 敬老版帮他买票', '孫子用 12306 的敬老版（大字介面）幫他買票'), channel: 'app' },
              { text: t('Ticket windows and phone booking on the 12306 line remain for those without a smartphone', '不用智能手机的旅客仍可去人工窗口或打 12306 电话订票', '沒有智慧型手機的旅客，仍可到人工售票窗口或打 12306 電話訂票'), channel: 'phone' },
            ],
            thinking: [t('There is no paper ticket; is my ID card really my ticket?', '连张纸票都没有，身份证真的就是票吗？', '連張紙本車票都沒有，身分證真的就是車票嗎？')],
            opportunity: [t('Tell him at purchase that a printed travel reminder is available at the station', '购票时告诉老人可打印《行程信息提示》', '買票時告訴長輩可以到車站列印行程提示單')],
          },
        },
        {
          title: t('No help booked', '没有预约帮扶', '沒有預約協助'),
          emotion: -1,
          cards: {
            customer: [t('The family does not know about 12306\'s priority-passenger booking', '家人不知道 12306 有重点旅客预约服务', '家人不知道 12306 有「重點旅客預約服務」')],
            pain: [{ text: t('The help exists but nobody books it', '服务是有的，但没人预约', '服務其實有，只是沒人預約'), owner: t('12306 product team', '12306 产品团队', '12306 產品團隊'), rootCause: t('The booking sits in a service menu; buying a ticket for a 72-year-old never suggests it', '预约入口藏在服务菜单里，给 72 岁旅客买票时也不提示', '預約入口藏在服務選單裡，幫 72 歲旅客買票時也不會提醒') }],
            opportunity: [t('When a traveller is 60 or over, offer priority-passenger help right after payment', '旅客满 60 岁时，支付完成即提示预约重点旅客服务', '旅客滿 60 歲時，付款完成就提示預約重點旅客服務')],
          },
        },
      ],
    },
    {
      title: t('At the station', '在车站', '在車站'),
      steps: [
        {
          title: t('Station entrance: ID check and security', '进站口：实名核验与安检', '進站口：實名查驗與安檢'),
          emotion: -1,
          cards: {
            customer: [
              { id: 'face', text: t('The face-recognition gate does not match him (cap and reading glasses)', '人脸识别闸机比对不上（戴着帽子和老花镜）', '人臉辨識閘門比對不出來（戴著帽子和老花眼鏡）'), fail: true },
              { text: t('Queues for the security check', '排队过安检', '排隊過安檢'), wait: 10 },
            ],
            touchpoint: [{ text: t('Recovery: a staff member takes him to the staffed ID lane and checks his card by hand', '补救：工作人员引他走人工核验通道，人工核对身份证', '補救：站務人員帶他走人工查驗通道，用人工核對身分證'), channel: 'store', recovers: 'face' }],
          },
        },
        {
          title: t('Finding the ticket gate', '找检票口', '找剪票口'),
          emotion: -2,
          cards: {
            customer: [{ text: t('Reads the wrong gate number off a scrolling screen and waits in the wrong area', '滚动大屏上的检票口看错了，在错的候车区等', '跑馬燈螢幕上的剪票口看錯了，在錯的候車區等'), wait: 20 }],
            pain: [{ text: t('Gate numbers only on fast-scrolling screens', '检票口编号只在快速滚动的屏幕上', '剪票口編號只出現在快速捲動的螢幕上'), owner: t('Station passenger services', '车站客运车间', '車站客運部門'), rootCause: t('Wayfinding designed for travellers who check their phones', '导向标识按习惯看手机的旅客设计', '指標系統是照會看手機的旅客設計的') }],
          },
        },
        {
          title: t('Looking for help', '找人帮忙', '找人幫忙'),
          keyMoment: true,
          emotion: -3,
          cards: {
            customer: [{ text: t('The enquiry desk has a long queue; no staff in sight', '问询处排长队，周围看不到工作人员', '服務台大排長龍，附近看不到站務人員'), wait: 15 }],
            thinking: [t('Will I miss my train?', '我会不会赶不上车？', '我會不會趕不上車？')],
            pain: [{ text: t('Too few guides on the concourse at peak hours', '高峰时段现场引导员不够', '尖峰時段現場引導人員不夠'), owner: t('Station passenger services', '车站客运车间', '車站客運部門'), rootCause: t('Rostered for normal days, not for holiday-rush ratios', '排班按平日客流，没按春运高峰比例', '排班依平日人潮，沒照春運尖峰的比例') }],
            opportunity: [t('Volunteers in red vests at every waiting area in the rush weeks', '春运期间每个候车区都有红马甲志愿者', '春運期間每個候車區都有穿紅背心的志工')],
          },
        },
        {
          title: t('Through the ticket gate', '检票', '剪票進月台'),
          keyMoment: true,
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('A volunteer takes him to the priority waiting area and through the courtesy lane before general boarding', '志愿者把他领到重点旅客候车区，从爱心通道提前检票', '志工帶他到重點旅客候車區，從愛心通道提前剪票'), channel: 'store' }],
            thinking: [t('Finally someone who knows where I should be', '总算有人知道我该去哪儿', '終於有人知道我該去哪裡')],
          },
        },
      ],
    },
    {
      title: t('On board', '上车', '上車'),
      steps: [
        {
          title: t('Boards the train', '上车就座', '上車就座'),
          emotion: 2,
          cards: {
            customer: [t('The volunteer walks him to his carriage; the attendant stows his bag', '志愿者把他送到车厢，列车员帮他放好行李', '志工送他到車廂，車上服務人員幫他放好行李')],
            thinking: [t('Someone looked after me; I will travel again', '有人照顾我，下次还敢坐', '有人照顧我，下次還敢搭')],
          },
        },
      ],
    },
  ],
};
