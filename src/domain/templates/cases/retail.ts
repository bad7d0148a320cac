import { t, type Template } from '../types';

export const retail: Template = {
  id: 'retail',
  kind: 'journey',
  title: t('Store visit with a return', '门店购物与退货', '門市購物與退貨'),
  description: t(
    'Expert advice without hard selling, an out-of-stock size handled well, and a return as easy as the purchase.',
    '专业建议而不强推，缺码处理得当，退货和购买一样方便。',
    '專業建議但不強迫推銷，缺尺寸處理得好，退貨跟買東西一樣方便。',
  ),
  persona: {
    name: t('Zhang Wei', '张伟', '張偉'),
    role: t('Weekend runner buying new shoes', '周末跑步爱好者，来买跑鞋', '週末慢跑愛好者，來買跑鞋'),
    goals: t('Shoes that fit, advice he can trust', '合脚的鞋，可信的建议', '合腳的鞋，可以信賴的建議'),
    quote: t('Help me choose, then leave me alone.', '帮我选，然后别一直推销。', '幫我挑，然後別一直推銷。'),
  },
  scenario: t('Zhang Wei visits a sports store to buy running shoes and later returns one pair.', '张伟去运动用品店买跑鞋，后来退了一双。', '張偉到運動用品店買跑鞋，後來退了一雙。'),
  expectations: t('Honest advice, my size in stock, no questions on a return.', '建议中肯，有我的尺码，退货不刁难。', '建議中肯，有我的尺寸，退貨不刁難。'),
  endsWell: true,
  lanes: ['touchpoint', 'customer', 'thinking', 'emotion', 'pain', 'opportunity'],
  stages: [
    {
      title: t('In the store', '在店内', '在店裡'),
      steps: [
        {
          title: t('Expert advice', '专业建议', '專業建議'),
          surprise: true,
          emotion: 2,
          cards: {
            touchpoint: [{ text: t('A staff member who runs watches his gait on the treadmill', '自己也跑步的店员在跑步机上看他的步态', '自己也在跑步的店員，在跑步機上看他的跑姿'), channel: 'store' }],
            thinking: [t('She actually runs; I trust her', '她自己也跑，可以信', '她自己也跑，可以相信')],
          },
        },
        {
          title: t('No hard selling', '不强行推销', '不強迫推銷'),
          emotion: 1,
          cards: {
            customer: [t('Tries three pairs at his own pace', '按自己的节奏试了三双', '照自己的步調試穿了三雙')],
            opportunity: [t('Let customers book a gait check online', '支持线上预约步态分析', '開放線上預約跑姿分析')],
          },
        },
        {
          title: t('Out of stock', '缺码', '缺尺寸'),
          emotion: -1,
          cards: {
            customer: [t('His size is sold out', '他的尺码卖完了', '他的尺寸賣完了')],
            touchpoint: [{ text: t('Staff orders it to his home, delivery free', '店员下单寄到家，免运费', '店員幫他下單寄到家，免運費'), channel: 'app' }],
            pain: [{ text: t('Popular sizes run out at weekends', '热门尺码周末断货', '熱門尺寸週末就斷貨'), owner: t('Logistics / warehouse', '物流仓储部', '物流倉儲部'), rootCause: t('Replenishment only on Mondays', '每周一才补货', '每週一才補貨') }],
          },
        },
        {
          title: t('Pays', '付款', '付款'),
          emotion: 1,
          cards: {
            touchpoint: [{ text: t('Pays by mobile wallet at the fitting area, no till queue', '在试鞋区用微信支付，不用去收银台排队', '在試穿區用行動支付結帳，不用去櫃檯排隊'), channel: 'store' }],
          },
        },
      ],
    },
    {
      title: t('Return', '退货', '退貨'),
      steps: [
        {
          title: t('Second pair does not fit', '第二双不合脚', '第二雙不合腳'),
          emotion: -1,
          cards: {
            thinking: [t('Will they make this hard?', '退货会不会很麻烦？', '退貨會不會很麻煩？')],
            customer: [{ text: t('Looks for the receipt; it is in the app', '找小票，原来在 App 里', '找收據，原來在 App 裡'), wait: 5 }],
          },
        },
        {
          title: t('Returns in any store', '任意门店退货', '任一門市都能退'),
          keyMoment: true,
          emotion: 2,
          cards: {
            touchpoint: [{ text: t('Scans the order QR code at the till', '在收银台扫订单二维码', '在櫃檯掃訂單 QR Code'), channel: 'store' }],
            customer: [{ text: t('Refund in one minute, no questions', '一分钟退款，不问原因', '一分鐘退款，不問原因'), wait: 1 }],
            thinking: [t('I will buy here again', '下次还来这家买', '下次還來這家買')],
          },
        },
      ],
    },
  ],
};
