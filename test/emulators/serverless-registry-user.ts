// The account endpoints of the Serverless Registry emulator, as the official client (3.1.10) uses them:
// - `GET /user/login?token=L` is where GitHub sends the browser after the user authorises (here: a test
//   calls `authoriseOnPoll` instead of driving a browser, and the login is granted on that check);
// - `GET /user/check?token=L` (unsigned) answers the string `获取登陆 Token 失败` until then, and
//   `{safety_code, name}` once; the login token is then spent;
// - `POST /user/token` (signed) answers `{safety_code}`, a new token; the old one stops working.
import { createHash, randomBytes } from 'node:crypto';

export const PENDING_MESSAGE = '获取登陆 Token 失败';

export interface EmulatedUser {
  id: string;
  name: string;
  token: string;
}

export interface LoginScript {
  /** The check on which the login is granted (1-based); 0 or undefined: never. */
  authoriseOnPoll?: number;
  /** The user the browser signs in as (index into the emulator's tokens). */
  userIndex?: number;
}

export interface UserRoutes {
  users: Map<string, EmulatedUser>;
  /** Check tokens seen, with how often each was polled. */
  polls: Map<string, number>;
  script: LoginScript;
  route(
    method: string,
    path: string[],
    query: Record<string, string>,
    user: string | undefined,
  ): { status: number; body: unknown } | undefined;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

export function userRoutes(tokens: string[]): UserRoutes {
  const users = new Map(
    tokens.map((token, i): [string, EmulatedUser] => [
      md5(token),
      { id: `user-${i}`, name: `gh-user-${i}`, token },
    ]),
  );
  const polls = new Map<string, number>();
  const granted = new Set<string>();
  const spent = new Set<string>();
  const routes: UserRoutes = {
    users,
    polls,
    script: {},
    route(method, [a, b, c], query, user) {
      if (a !== 'user' || c) return undefined;
      const login = query['token'] ?? '';
      if (method === 'GET' && b === 'login') {
        if (login.length !== 20) return { status: 200, body: '参数错误' };
        granted.add(login);
        return { status: 200, body: { message: 'login succeeded' } };
      }
      if (method === 'GET' && b === 'check') {
        const count = (polls.get(login) ?? 0) + 1;
        polls.set(login, count);
        if (count === routes.script.authoriseOnPoll && login.length === 20) granted.add(login);
        if (!granted.has(login) || spent.has(login)) return { status: 200, body: PENDING_MESSAGE };
        spent.add(login);
        const account = [...users.values()][routes.script.userIndex ?? 0];
        if (!account) return { status: 200, body: PENDING_MESSAGE };
        return { status: 200, body: { safety_code: account.token, name: account.name } };
      }
      if (method === 'POST' && b === 'token') {
        const entry = [...users.entries()].find(([, u]) => u.id === user);
        if (!entry) return { status: 401, body: '登陆参数异常，请检查必填参数正确性' };
        const fresh = randomBytes(16).toString('hex');
        users.delete(entry[0]);
        users.set(md5(fresh), { ...entry[1], token: fresh });
        return { status: 200, body: { safety_code: fresh } };
      }
      return undefined;
    },
  };
  return routes;
}
