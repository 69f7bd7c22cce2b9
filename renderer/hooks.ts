import { App as AntApp } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { ApiCallError } from './api';

/** Runs an async action and shows its failure as a Chinese message; returns undefined on failure. */
export function useRun() {
  const { message } = AntApp.useApp();
  return useCallback(
    async <T,>(fn: () => Promise<T>, success?: string): Promise<T | undefined> => {
      try {
        const r = await fn();
        if (success) void message.success(success);
        return r;
      } catch (e) {
        // A locked app shows the lock screen instead of a message.
        if (e instanceof ApiCallError && e.body.code === 'locked') return undefined;
        void message.error({ content: e instanceof ApiCallError ? e.message : `操作失败：${(e as Error).message}`, duration: 6 });
        return undefined;
      }
    },
    [message],
  );
}

/** Loads data with an API call; reload() fetches again. */
export function useLoad<T>(fn: () => Promise<T>, deps: unknown[]): { data: T | undefined; loading: boolean; reload: () => void } {
  const run = useRun();
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setLoading(true);
    void run(fn).then((r) => {
      if (!live) return;
      if (r !== undefined) setData(r);
      setLoading(false);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { data, loading, reload: useCallback(() => setTick((t) => t + 1), []) };
}
