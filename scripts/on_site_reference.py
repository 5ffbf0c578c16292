"""Exact (rational) missed shares for the on-site team model, as references for the tests.

The model (docs/methodology.md, "Alongside other work"): p people, each alternating other work
(mean d minutes) and free spells (mean d(1-b)/b) while not on a contact; contacts arrive at
rate lam a minute, are answered at once by a free person (mean h minutes), else missed. The
steady state of (o on other work, k on contacts) is solved in exact fractions; the missed
share is P(nobody free). Run: python3 scripts/on_site_reference.py
"""
from fractions import Fraction as F


def missed(p, b, d, lam, h):
    states = [(o, k) for o in range(p + 1) for k in range(p + 1 - o)]
    idx = {s: i for i, s in enumerate(states)}
    n = len(states)
    q = [[F(0)] * n for _ in range(n)]
    start, end, done = b / ((1 - b) * d), 1 / d, 1 / h

    def move(a, z, rate):
        if rate > 0:
            q[idx[a]][idx[z]] += rate
            q[idx[a]][idx[a]] -= rate

    for o, k in states:
        free = p - o - k
        if free > 0:
            move((o, k), (o + 1, k), free * start)
            move((o, k), (o, k + 1), lam)
        if o > 0:
            move((o, k), (o - 1, k), o * end)
        if k > 0:
            move((o, k), (o, k - 1), k * done)
    # pi Q = 0, sum pi = 1: rows of the system are columns of Q, the last replaced.
    a = [[q[i][j] for i in range(n)] + [F(0)] for j in range(n)]
    a[-1] = [F(1)] * n + [F(1)]
    for c in range(n):
        piv = next(r for r in range(c, n) if a[r][c] != 0)
        a[c], a[piv] = a[piv], a[c]
        for r in range(n):
            if r != c and a[r][c] != 0:
                f = a[r][c] / a[c][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    pi = [a[i][n] / a[i][i] for i in range(n)]
    return sum(pi[idx[(o, p - o)]] for o in range(p + 1))


CASES = [
    # p, b, d, lam (a minute), h
    (1, F(1, 2), F(5), F(1, 50), F(5)),
    (2, F(7, 10), F(3), F(1, 30), F(5)),
    (3, F(6, 10), F(20), F(1, 10), F(6)),
    (2, F(0), F(5), F(1, 5), F(5)),
    (4, F(1, 2), F(10), F(1, 2), F(4)),
]

if __name__ == '__main__':
    for p, b, d, lam, h in CASES:
        m = missed(p, b, d, lam, h)
        print(f'p={p} b={b} d={d} lam={lam} h={h}: missed = {m} = {float(m):.15g}')
