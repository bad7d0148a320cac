import { t, type Template } from '../types';

/**
 * An outpatient visit in five stages: booking, arrival and triage, consultation, tests, payment
 * and medicines. Time-slot booking that does not hold and a scan booked three days out are the
 * lows; a same-day scan arranged by the outpatient service centre is the recovery.
 */
export const hospital: Template = {
  id: 'hospital',
  kind: 'blueprint',
  title: t('Hospital outpatient visit', '医院门诊就医', '醫院門診看病'),
  description: t(
    'Booking, triage, waiting, the consultation, tests, payment and medicines. A time slot that does not hold and a scan booked three days out are the lows; the pharmacist\'s explanation is the end.',
    '预约挂号、分诊、候诊、就诊、检查、缴费医保结算、取药。分时段预约不准时、B 超排到三天后是低谷；药师耐心交代用药是结尾。',
    '網路掛號、報到、候診、看診、檢查、批價、領藥。預約時段不準、超音波排到三天後是低點；藥師仔細說明用藥是結尾。',
  ),
  persona: {
    name: t('Mrs Sun', '孙阿姨', '孫阿姨'),
    role: t('58, recurring stomach pain, first visit to this hospital', '58 岁，胃痛反复发作，第一次来这家医院', '58 歲，胃痛反覆發作，第一次來這家醫院'),
    goals: t('Find out what is wrong in one morning, without a second day off', '一上午查清楚，不用再请一天假', '一個上午查清楚，不必再請一天假'),
    quote: t('I booked half past nine; why am I still here at eleven?', '我约的九点半，怎么十一点还没轮到？', '我掛的是九點半，怎麼十一點還沒輪到？'),
  },
  scenario: t(
    'Mrs Sun books a gastroenterology appointment online and spends the morning at a large general hospital.',
    '孙阿姨在网上约了消化内科，在一家大型综合医院度过一上午。',
    '孫阿姨在網路上掛了胃腸科，在一家大型綜合醫院待了一個上午。',
  ),
  expectations: t('Seen at the booked time, tests the same day, clear instructions for the medicines.', '按预约时间看上病，检查当天做完，用药交代清楚。', '照預約時間看到醫師，檢查當天做完，用藥說明清楚。'),
  endsWell: true,
  lanes: ['evidence', 'customer', 'frontstage', 'backstage', 'support', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Booking', '预约挂号', '掛號'),
      steps: [
        {
          title: t('Books a time slot', '分时段预约', '預約時段'),
          emotion: 1,
          duration: 5,
          cards: {
            evidence: [t('The hospital\'s mini-program: 9:30–10:00 slot confirmed', '医院小程序：预约成功，9:30–10:00', '醫院 App：掛號成功，9:30–10:00')],
            customer: [t('Books gastroenterology for Tuesday morning', '约了周二上午的消化内科', '掛了週二上午的胃腸科')],
            backstage: [t('Appointments released in half-hour slots', '号源按半小时分时段放出', '門診名額依半小時分時段開放')],
            support: [t('Appointment platform linked to the hospital information system (HIS)', '预约挂号平台对接医院信息系统（HIS）', '掛號系統串接醫院資訊系統（HIS）')],
          },
        },
      ],
    },
    {
      title: t('Arrival and triage', '到院分诊', '到院報到'),
      steps: [
        {
          title: t('Checks in', '签到', '報到'),
          emotion: 0,
          duration: 5,
          cards: {
            evidence: [t('Self-service kiosks in the outpatient hall', '门诊大厅的自助机', '門診大廳的自助報到機')],
            customer: [t('Checks in with her medical-insurance QR code', '刷医保电子凭证签到', '插健保卡報到')],
            frontstage: [t('A volunteer shows her how to use the kiosk', '志愿者教她用自助机', '志工教她用報到機')],
          },
        },
        {
          title: t('Triage', '预检分诊', '護理站確認'),
          emotion: 1,
          cards: {
            frontstage: [t('Triage nurse asks about her symptoms, confirms the department and sends her to zone B', '分诊护士问明症状，确认科室没挂错，指引到 B 区候诊', '護理師問清楚症狀，確認科別沒掛錯，請她到 B 區候診')],
            support: [t('Triage and queue-calling system', '分诊叫号系统', '候診叫號系統')],
          },
        },
      ],
    },
    {
      title: t('Waiting and consultation', '候诊与就诊', '候診與看診'),
      steps: [
        {
          title: t('Waits to be seen', '候诊', '候診'),
          emotion: -2,
          duration: 50,
          cards: {
            evidence: [t('Calling screen: 12 patients before her', '叫号屏：前面还有 12 人', '看診燈號：前面還有 12 號')],
            customer: [{ text: t('Arrived for her slot; still waits 50 minutes', '按时段到了，还是等了 50 分钟', '準時報到，還是等了 50 分鐘'), wait: 50 }],
            backstage: [t('The doctor starts after ward rounds; extra patients are added to the same queue', '医生查完房才开诊，加号插进同一队列', '醫師查完房才開診，加掛的病人排進同一個順序')],
            pain: [{ text: t('Time-slot booking does not hold', '分时段预约形同虚设', '預約時段形同虛設'), owner: t('Outpatient department', '门诊部', '門診部'), rootCause: t('Clinic start time not fixed; extra patients mixed with booked ones', '开诊时间不固定，加号与预约号混排', '開診時間不固定，加掛與預約號混在一起') }],
          },
        },
        {
          title: t('Sees the doctor', '就诊', '看診'),
          keyMoment: true,
          emotion: 1,
          duration: 8,
          cards: {
            frontstage: [{ id: 'doctor', text: t('Doctor listens, explains and orders a blood test and an abdominal ultrasound', '医生问诊、解释病情，开了抽血和腹部 B 超', '醫師問診、解釋病情，開了抽血和腹部超音波') }],
            backstage: [{ id: 'orders', text: t('Orders written into the electronic record and sent to the lab and imaging', '电子病历开单，推送检验科和超声科', '電子病歷開單，送到檢驗科和超音波室') }],
            customer: [t('Understands what happens next', '听明白了接下来要做什么', '聽懂了接下來要做什麼')],
          },
        },
      ],
    },
    {
      title: t('Tests', '检查', '檢查'),
      steps: [
        {
          title: t('Pays for the tests', '诊间缴费', '檢查批價'),
          emotion: 1,
          duration: 2,
          cards: {
            evidence: [t('Payment notice on her phone', '手机上的缴费通知', '手機上的繳費通知')],
            customer: [t('Pays on her phone; insurance settled at once, no queue', '手机上医保移动支付，当场结算，不用排队', '用手機行動支付繳費，不必到批價櫃檯排隊')],
            support: [t('Medical-insurance settlement system', '医保结算系统', '健保申報系統')],
          },
        },
        {
          title: t('Blood test', '抽血', '抽血'),
          emotion: 0,
          cards: {
            frontstage: [t('Phlebotomist calls her number and draws blood', '采血窗口叫号抽血', '抽血櫃檯叫號抽血')],
            customer: [{ text: t('Queues at the blood-draw windows', '在采血窗口排队', '在抽血櫃檯排隊'), wait: 15 }],
          },
        },
        {
          title: t('Ultrasound booked three days out', 'B 超排到三天后', '超音波排到三天後'),
          keyMoment: true,
          emotion: -3,
          cards: {
            backstage: [{ id: 'scan', text: t('Imaging schedules the scan for Friday', '超声科把检查排到周五', '超音波室把檢查排到週五'), fail: true }],
            customer: [t('Would have to take another day off', '得再请一天假来医院', '得再請一天假來醫院')],
            frontstage: [{ id: 'centre', text: t('Recovery: the outpatient service centre finds a same-afternoon slot for patients seen today', '补救：门诊服务中心为当日就诊患者协调出当天下午的号', '補救：門診服務中心替當天看診的病人協調出當天下午的時段'), recovers: 'scan' }],
            pain: [{ text: t('Scans booked days ahead even for patients who are already here', '人已经在医院，检查却要排几天', '人已經在醫院了，檢查卻要排好幾天'), owner: t('Medical technology (imaging)', '医技科室（超声科）', '醫技部門（超音波室）'), rootCause: t('Scheduling does not tell same-day patients from follow-ups', '排期系统不区分当日就诊与复查患者', '排程系統分不出當天看診和回診複查的病人') }],
          },
        },
        {
          title: t('Ultrasound the same afternoon', '当天下午做 B 超', '當天下午做超音波'),
          emotion: 1,
          cards: {
            frontstage: [t('Sonographer explains each step', '超声医生边做边说明', '超音波技師邊做邊說明')],
            customer: [{ text: t('Waits outside the scanning room', '在检查室外等候', '在檢查室外等候'), wait: 30 }],
          },
        },
      ],
    },
    {
      title: t('Results, payment and medicines', '复诊结算取药', '回診、批價與領藥'),
      steps: [
        {
          title: t('Back to the doctor', '当日复诊', '當天回診'),
          emotion: 1,
          cards: {
            evidence: [t('Results pushed to her phone', '报告推送到手机', '報告推播到手機')],
            frontstage: [t('Doctor reads the results; no new appointment needed the same day', '医生看报告开药，当日复诊不用再挂号', '醫師看報告開藥，當天回診不用再掛號')],
            backstage: [t('Results return to the doctor\'s workstation automatically', '检查结果自动回传医生工作站', '檢查結果自動回傳醫師工作站')],
          },
        },
        {
          title: t('Pays for the medicines', '医保结算', '批價'),
          emotion: 0,
          cards: {
            evidence: [t('Electronic settlement slip: insurance share and her own share', '电子结算单：统筹支付和个人自付', '電子收據：健保給付和自付部分負擔')],
            customer: [t('Settles on her phone; pays 38 yuan herself', '手机上医保结算，自付 38 元', '手機繳清部分負擔'), ],
            support: [t('Medical-insurance settlement system', '医保结算系统', '健保申報系統')],
          },
        },
        {
          title: t('Collects the medicines', '取药', '領藥'),
          keyMoment: true,
          emotion: 2,
          cards: {
            frontstage: [t('Pharmacist explains each medicine; large-type labels on every box', '药师逐一交代用法，药盒贴大字用药标签', '藥師逐一說明用法，每盒藥都貼上大字標籤')],
            customer: [{ text: t('Queues at the pharmacy window', '在取药窗口排队', '在領藥窗口排隊'), wait: 10 }],
            backstage: [t('Pharmacy dispenses as soon as payment clears', '缴费成功后药房即开始配药', '繳費完成後藥局就開始備藥')],
            opportunity: [t('Tell patients at booking how long the whole visit takes', '预约时告诉患者整次就诊大约要多久', '掛號時就告訴病人整趟看診大約要多久')],
          },
        },
      ],
    },
  ],
  connections: [
    { from: 'doctor', to: 'orders', label: t('orders', '开单', '開單') },
    { from: 'orders', to: 'scan', label: t('scan request', '检查申请', '檢查申請') },
    { from: 'scan', to: 'centre', label: t('escalated', '上报协调', '轉請協調') },
  ],
};
