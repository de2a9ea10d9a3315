import { describe, expect, it } from 'vitest';
import { abortError, type Progress } from '../../../src/pipeline/types';
import { cancelJob } from '../../../src/worker/jobs';
import { job, loadedData, session } from '../../../src/worker/session';

describe('job(context, work): the one wrapper of every worker method', () => {
  it('passes the inputs, then takes the job id and progress callback from the end', async () => {
    const method = job('Adding', async (run, a: number, b: number) => {
      run.onProgress?.({ stage: 'test', done: 1, unit: 'steps' });
      return a + b;
    });
    const reports: Progress[] = [];
    expect(await method(2, 3, 7, (p) => reports.push(p))).toBe(5);
    expect(reports).toHaveLength(1);
    expect(await method(2, 3)).toBe(5);
  });

  it('ties the signal to the job id, so cancel(jobId) stops the work with an AbortError', async () => {
    let started!: () => void;
    const running = new Promise<void>((resolve) => (started = resolve));
    const method = job('Waiting', (run, _input: string) => {
      started();
      return new Promise<never>((_, reject) =>
        run.signal.addEventListener('abort', () => reject(abortError())),
      );
    });
    const result = method('x', 41);
    await running;
    cancelJob(41);
    await expect(result).rejects.toMatchObject({ name: 'AbortError', message: 'Cancelled' });
  });

  it('turns any other failure into an Error that starts with the context', async () => {
    const method = job('Reading rows', async () => {
      throw new Error('the table is gone.');
    });
    await expect(method()).rejects.toThrow('Reading rows: the table is gone.');
  });

  it('has one loaded-data check with one message', () => {
    delete session.db;
    delete session.dataset;
    expect(() => loadedData()).toThrow('there is no data yet. Drop a CSV file or try the sample data first.');
  });
});
