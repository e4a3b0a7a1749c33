import type { Edit, ExtraFile, ManualEdit, RewritePlan, RewriteTarget, WidenedTarget } from './types.js';

/** Mutable collector a rewriter fills target by target. */
export class PlanBuilder implements RewritePlan {
  readonly edits: Edit[] = [];
  readonly notes: string[] = [];
  readonly manual: ManualEdit[] = [];
  readonly extraFiles: ExtraFile[] = [];
  readonly widened: WidenedTarget[] = [];

  edit(start: number, end: number, text: string): this {
    this.edits.push({ start, end, text });
    return this;
  }

  note(text: string): this {
    if (!this.notes.includes(text)) this.notes.push(text);
    return this;
  }

  manualFor(target: RewriteTarget, reason: string): this {
    this.manual.push({ line: target.line, reason });
    return this;
  }

  extra(file: ExtraFile): this {
    const same = this.extraFiles.find((f) => f.path === file.path && f.mode === file.mode);
    if (!same) this.extraFiles.push({ ...file });
    else if (file.mode === 'append-once') {
      for (const line of file.text.split('\n')) if (line !== '' && !same.text.split('\n').includes(line)) same.text += `${line}\n`;
    }
    return this;
  }

  widen(target: RewriteTarget, literal: { start: number; end: number }): this {
    this.widened.push({ line: target.line, envName: target.envName, literal });
    return this;
  }
}

