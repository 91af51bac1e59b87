/** Forms flattened with spaces between cells: each number read by the column it stands under. */
import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../test/harness/extract.js';

const SCORE_TABLE = `一级指标 二级指标 三级指标 分值 评分标准 得分
投入(20分) 预算配置(20分) 在职人员控制率 10 控制率≤100%，得10分；每超过1个百分点扣0.5分。 9.5
重点支出安排率 10 安排率≥80%，得10分。 10
总分 20  19.5
`;

function readings(text: string): string[] {
  return figuresOf(text).figures.map((f) => `${f.kind} ${f.label} = ${f.value}`);
}

describe('a score table flattened with spaces', () => {
  it('reads group weights from name cells, and each weight and score by its column', () => {
    expect(readings(SCORE_TABLE)).toEqual([
      'weight 投入 = 20',
      'weight 预算配置 = 20',
      'weight 在职人员控制率 › 分值 = 10',
      'score 在职人员控制率 › 得分 = 9.5',
      'weight 重点支出安排率 › 分值 = 10',
      'score 重点支出安排率 › 得分 = 10',
      'weight 总分 = 20',
      'score 总分 › 得分 = 19.5',
    ]);
  });

  it('reads a total row whose empty cell is a double space by the columns it skips', () => {
    const total = figuresOf(SCORE_TABLE).figures.filter((f) => f.label.startsWith('总分'));
    expect(total.map((f) => [f.kind, f.role, f.raw])).toEqual([
      ['weight', '分值', '20'],
      ['score', '得分', '19.5'],
    ]);
  });
});
