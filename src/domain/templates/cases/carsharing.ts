import { t, type Template } from '../types';

/**
 * The trip goes well until the bill: ten minutes spent looking for a return bay are billed as a
 * whole hour, so the journey ends on a low, which is the point this template teaches.
 */
export const carsharing: Template = {
  id: 'carsharing',
  kind: 'journey',
  title: t('Car sharing', '共享汽车', '共享汽車'),
  description: t(
    'Sign up, book a nearby car, unlock it, drive, return it, pay. A smooth trip ends on a bill shock: ten minutes over, an hour charged.',
    '注册、找车订车、开锁、驾驶、还车、付款。一路顺利，却在账单上栽了跟头：超时十分钟，按一小时收费。',
    '註冊、找車訂車、解鎖、開車、還車、付款。一路順利，最後卻被帳單嚇到：超時十分鐘，以一小時計費。',
  ),
  persona: {
    name: t('Chen Jie', '陈杰', '陳杰'),
    role: t('City dweller without a car', '没有私家车的城市上班族', '沒有自用車的都市上班族'),
    goals: t('A car for a few hours, twice a month, no paperwork', '每月两次用几个小时车，手续越少越好', '每個月用兩次、每次幾小時，手續越少越好'),
    quote: t('If it takes longer than a taxi, I will take a taxi.', '要是比打车还麻烦，我就打车了。', '如果比叫計程車還麻煩，我就叫計程車了。'),
  },
  scenario: t('Chen Jie signs up and takes his first car-sharing trip to IKEA.', '陈杰注册后第一次用共享汽车去宜家。', '陳杰註冊後第一次用共享汽車去 IKEA。'),
  expectations: t('Sign up in minutes, a car within a 5-minute walk, a clear price.', '几分钟注册完，步行 5 分钟内有车，价格清楚。', '幾分鐘就註冊好，走路 5 分鐘內有車，價格清楚。'),
  endsWell: false,
  lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('Getting started', '开始使用', '開始使用'),
      steps: [
        {
          title: t('Learns about it', '了解服务', '認識服務'),
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('A friend shares a short video', '朋友分享的短视频', '朋友分享的短影音'), channel: 'shortVideo' }],
            thinking: [t('Is it cheaper than a taxi for three hours?', '用三小时比打车便宜吗？', '用三小時會比搭計程車便宜嗎？')],
          },
        },
        {
          title: t('Signs up', '注册', '註冊'),
          emotion: -2,
          cards: {
            touchpoint: [{ text: t('App asks for licence photos and a deposit', 'App 要求上传驾照并交押金', 'App 要求上傳駕照並繳保證金'), channel: 'app' }],
            customer: [{ text: t('Waits for licence approval', '等待驾照审核', '等待駕照審核'), wait: 45 }],
            pain: [{ text: t('Approval takes 45 minutes, not 5', '审核要 45 分钟，不是 5 分钟', '審核要 45 分鐘，不是 5 分鐘'), owner: t('Operations', '运营部', '營運部'), rootCause: t('Every licence reviewed by hand', '每张驾照都人工审核', '每張駕照都由人工審核') }],
          },
        },
      ],
    },
    {
      title: t('The trip', '出行', '出門'),
      steps: [
        {
          title: t('Finds and books a car', '找车订车', '找車訂車'),
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('Map shows a car 300 m away', '地图显示 300 米外有车', '地圖顯示 300 公尺外有車'), channel: 'app' }],
          },
        },
        {
          title: t('Unlocks the car', '开锁', '解鎖'),
          emotion: -1,
          cards: {
            customer: [{ id: 'unlock', text: t('No signal in the underground car park; the app cannot unlock', '地下车库没信号，App 开不了锁', '地下停車場收不到訊號，App 無法解鎖'), fail: true }],
            touchpoint: [{ text: t('Recovery: calls the hotline; the agent unlocks the car remotely', '补救：拨打客服热线，客服远程开锁', '補救：打客服專線，客服人員遠端解鎖'), channel: 'phone', recovers: 'unlock' }],
            opportunity: [t('Bluetooth unlock that works without a network', '无网络时可用蓝牙开锁', '沒有網路時也能用藍牙解鎖')],
          },
        },
        {
          title: t('Drives to IKEA', '驾驶', '開車'),
          emotion: 2,
          duration: 150,
          cards: {
            customer: [t('Easy drive; loads a bookcase in the back', '开得顺，后备箱装下了书架', '開起來很順，後車廂塞得下書櫃')],
          },
        },
        {
          title: t('Returns the car', '还车', '還車'),
          emotion: -1,
          cards: {
            customer: [{ text: t('Circles for a return bay; the one in the app is taken', 'App 上的还车点被占，绕圈找车位', 'App 上的還車格被占用，只好繞圈找車位'), wait: 10 }],
            thinking: [t('The clock is still running', '计费还在走', '還在計費')],
            opportunity: [t('Stop the clock once the car is inside the return zone', '驶入还车区域即停止计费', '開進還車範圍就停止計費')],
          },
        },
      ],
    },
    {
      title: t('Paying', '付款', '付款'),
      steps: [
        {
          title: t('The bill', '账单', '帳單'),
          keyMoment: true,
          emotion: -2,
          cards: {
            touchpoint: [{ text: t('Itemised bill in the app', 'App 内的明细账单', 'App 裡的明細帳單'), channel: 'app' }],
            thinking: [t('Ten minutes over cost me a whole extra hour', '超时十分钟却按一小时收费', '才超過十分鐘，卻多收一小時')],
            pain: [{ text: t('Bill shock at the very end', '最后一步被账单吓到', '最後一步被帳單嚇到'), owner: t('Pricing', '定价部', '定價部'), rootCause: t('Billing rounds up to whole hours; no warning before the hour turns', '按整小时进位计费，跨小时前没有提醒', '以整小時進位計費，快跨小時前也沒提醒') }],
            opportunity: [t('Bill by the minute after the first hour, and warn 15 minutes before the hour turns', '首小时后按分钟计费，跨小时前 15 分钟提醒', '第一小時後改按分鐘計費，跨小時前 15 分鐘提醒')],
          },
        },
      ],
    },
  ],
};
