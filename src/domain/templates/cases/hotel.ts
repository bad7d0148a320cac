import { t, type Template } from '../types';

/**
 * The umbrella is lent at check-out, so the best moment and the last one are the same moment:
 * the peak–end rule at its most useful.
 */
export const hotel: Template = {
  id: 'hotel',
  kind: 'journey',
  title: t('Hotel stay with a surprise', '酒店入住的惊喜', '飯店住宿的驚喜'),
  description: t(
    'From check-in to check-out; an umbrella lent at check-out in the rain makes the best moment and the last one the same.',
    '从入住到退房；退房时下雨，门童递上一把伞，最好的时刻与最后的时刻合二为一。',
    '從入住到退房；退房時下起雨，門僮遞上一把傘，最好的時刻和最後的時刻合而為一。',
  ),
  persona: {
    name: t('Liu Fang', '刘芳', '劉芳'),
    role: t('Consultant on a two-night business trip', '出差两晚的咨询顾问', '出差兩晚的顧問'),
    goals: t('Sleep well, work in the room, no surprises on the bill', '睡个好觉，能在房间办公，账单没有意外', '睡得好，能在房間工作，帳單沒有意外'),
    quote: t('I remember the hotels that noticed me.', '我记得那些在意我的酒店。', '我會記得那些有注意到我的飯店。'),
  },
  scenario: t(
    'Liu Fang stays two nights for a client workshop; it rains on the morning she leaves.',
    '刘芳为客户工作坊住两晚；离店那天早上下起了雨。',
    '劉芳為了客戶的工作坊住兩晚；退房那天早上下起雨來。',
  ),
  expectations: t('Fast check-in, a quiet room, quick check-out.', '入住快，房间安静，退房快。', '入住快，房間安靜，退房快。'),
  endsWell: true,
  lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Arrival', '抵达', '抵達'),
      steps: [
        {
          title: t('Check-in', '办理入住', '辦理入住'),
          emotion: -1,
          cards: {
            touchpoint: [{ text: t('Front desk queue', '前台排队', '櫃檯排隊'), channel: 'store' }],
            customer: [{ text: t('Waits behind a tour group', '排在旅行团后面', '排在旅行團後面'), wait: 15 }],
            thinking: [t('I only want my key and a shower', '我只想拿到房卡去洗个澡', '我只想拿到房卡去洗個澡')],
            pain: [{ text: t('No separate line for guests checking in alone', '散客没有单独的办理通道', '散客沒有另外的辦理窗口'), owner: t('Front office', '前厅部', '客務部'), rootCause: t('Group arrivals not staggered', '团队入住没有错峰', '團體入住沒有錯開時間') }],
            opportunity: [t('Mobile check-in for returning guests', '常客手机自助入住', '常客用手機自助入住')],
          },
        },
        {
          title: t('The room', '客房', '客房'),
          emotion: 1,
          cards: {
            customer: [t('Quiet room, desk by the window', '房间安静，窗边有书桌', '房間安靜，窗邊有書桌')],
          },
        },
      ],
    },
    {
      title: t('The stay', '住宿', '住宿'),
      steps: [
        {
          title: t('Evening work', '晚上办公', '晚上工作'),
          emotion: -1,
          cards: {
            customer: [{ text: t('Wi-Fi drops during a video call', '视频会议时 Wi-Fi 断线', '視訊會議時 Wi-Fi 斷線'), fail: true, id: 'wifi' }],
            touchpoint: [{ text: t('Recovery: front desk moves her call to a free meeting room within five minutes', '补救：前台五分钟内为她开了一间空会议室', '補救：櫃檯五分鐘內幫她開了一間空的會議室'), channel: 'phone', recovers: 'wifi' }],
            pain: [{ text: t('Room Wi-Fi cannot carry a video call at 21:00', '晚上九点客房 Wi-Fi 带不动视频会议', '晚上九點客房 Wi-Fi 撐不住視訊會議'), owner: t('IT', '信息技术部', '資訊部'), rootCause: t('Bandwidth sized for browsing, not for video', '带宽按浏览网页配置，没考虑视频', '頻寬依瀏覽網頁規劃，沒考慮視訊') }],
          },
        },
        {
          title: t('Breakfast', '早餐', '早餐'),
          emotion: 0,
          cards: {
            touchpoint: [{ text: t('Breakfast room, busiest at 8:00', '早餐厅八点最拥挤', '早餐廳八點最擁擠'), channel: 'store' }],
            thinking: [t('Will I make the 9:00 start?', '能赶上九点开会吗？', '趕得上九點開會嗎？')],
          },
        },
      ],
    },
    {
      title: t('Departure', '离店', '退房離開'),
      steps: [
        {
          title: t('Check-out in the rain', '雨中退房', '雨中退房'),
          keyMoment: true,
          surprise: true,
          emotion: 3,
          cards: {
            touchpoint: [
              { text: t('Express check-out: bill already by e-mail', '快速退房：账单已发到邮箱', '快速退房：帳單已寄到電子信箱'), channel: 'email' },
              { text: t('Doorman sees the rain, lends an umbrella and has a taxi waiting', '门童看到下雨，递上一把伞，出租车已在门口等', '門僮看到下雨，遞上一把傘，計程車已經在門口等'), channel: 'store' },
            ],
            customer: [t('Drops the key card in a box and leaves dry, on time', '把房卡投进箱子，淋不着雨，准时出发', '把房卡投進箱子，沒淋到雨，準時出發')],
            thinking: [t('They noticed before I asked', '我还没开口他们就注意到了', '我還沒開口，他們就注意到了')],
            opportunity: [t('Make umbrella and taxi a standard for rainy departures', '把雨天借伞叫车做成离店标准服务', '把雨天借傘叫車變成退房的標準服務')],
          },
        },
      ],
    },
  ],
};
