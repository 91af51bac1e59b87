import { describe, expect, it } from 'vitest';
import { ruleCases } from '../../test/harness/rule-cases.js';
import { elapsedShares } from './schedule-gaps.js';

ruleCases('schedule-gaps', {
  fires: [
    ['a 支出进度 against the part of the year its paragraph states', '前三季度，全区一般公共预算支出42.6亿元。三是加快专项经费支出，支出进度83.3%，快于序时进度9.3个百分点。', '9.3', '8.51'],
    ['a gap to the time progress of a half year that the rate does not give', '上半年，全省一般公共预算收入2662.2亿元，为预算的56.1%，快于序时进度5.5个百分点，增长12.7%。', '5.5', '6.10'],
    ['a gap behind the even progress of a single month (较均衡进度慢)', '2月份，全县实现财政收入5682万元，完成预算105425万元的5.39%，较均衡进度慢2.65%。', '2.65', '-2.94'],
    ['a gap to the time progress at a month end', '至4月底，全市衔接资金已支出21185.83万元，支出率42.02%，超序时进度7.81个百分点。', '7.81', '8.69'],
  ],
  silent: [
    ['a rate already of the quarter’s schedule (占…季进度的) has no gap to it to check', '一季度，全区一般公共预算收入完成占年初预算季进度的110%，快于序时进度10个百分点。'],
    ['a rate already of the schedule (占…月进度的) has no gap to it to check', '前三季度，全区一般公共预算收入完成占年初预算月进度的109%，快于序时进度9个百分点。'],
    ['months counted in days (1-7月: 212 of 365)', '1-7月，全县一般公共预算收入完成年初预算的60.00%，超序时进度1.92个百分点。'],
    ['a half year counted in days (181 of 365)', '上半年，全县一般公共预算收入完成年初预算的55.00%，超序时进度5.41个百分点。'],
    ['the gaps that hold', '上半年，全省一般公共预算收入2662.2亿元，为预算的56.1%，快于序时进度6.1个百分点。1-2月，全县实现财政收入17056万元，完成预算的16.18%，较均衡进度慢0.48%。'],
    ['a date counted in days (截至6月30日: 181 of 365)', '截至6月30日，全县一般公共预算支出完成年初预算的53.10%，超序时进度3.51个百分点。'],
    ['a rate whose sentence states no period is not checked', '全市财政收入完成预算进度69.9%，超时间进度15.0个百分点。'],
  ],
});

describe('the share of the year a period stands for', () => {
  it.each([
    ['1-7月，全市', ['58.33', '58.08', '58.2']],
    ['上半年，全省', ['50', '49.59', '49.73']],
    ['一季度，全市', ['25', '24.66', '24.86']],
    ['前三季度，全县', ['75', '74.79', '74.86']],
    ['至4月底，全市', ['33.33', '32.88', '33.06']],
    ['2月份，全县', ['8.33', '16.67']],
    ['截至9月30日，我区', ['75', '74.79', '74.86']],
    ['全年，全县', []],
  ])('%s', (text, shares) => {
    expect(elapsedShares(text).map((s) => s.lo.toDecimalPlaces(2).toFixed())).toEqual(shares);
  });
});
