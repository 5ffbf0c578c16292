#!/usr/bin/env python3
"""High-precision reference values for the queueing core (Erlang B, C, A and staffing).

Run with Debian's python3-mpmath (apt-get install python3-mpmath):
    python3 scripts/erlang_reference.py > src/engine/queueing/__tests__/fixtures/erlang-reference.json

Everything is computed at 60 significant digits with methods independent of the engine's:
  * Erlang B from the closed form B = A^n e^{-A} / Gamma(n+1, A) (upper incomplete gamma),
    checked against the plain sum of Poisson terms for small n.
  * Erlang A from its birth-death stationary distribution summed term by term, and its service
    level from the regularised incomplete beta function, P(served within t | k ahead) =
    integral over [e^{-theta t}, 1] of u * Beta(a, k+1) density, itself checked against a
    numerical integral of the hypo-exponential wait density for k = 0, 1, 2.
  * Staffing: the least agent count found by scanning these exact evaluations.
The engine's float64 answers must agree to a relative 1e-9 (1e-8 for Erlang A and >= 1000 E).
"""
import json
import sys

import mpmath as mp

mp.mp.dps = 60
NEGLIGIBLE = mp.mpf(10) ** -45


def erlang_b(n, A):
    n = mp.mpf(n)
    A = mp.mpf(A)
    if A == 0:
        return mp.mpf(1) if n == 0 else mp.mpf(0)
    return mp.exp(n * mp.log(A) - A - mp.log(mp.gammainc(n + 1, A)))


def erlang_b_sum(n, A):
    A = mp.mpf(A)
    terms = [A ** j / mp.factorial(j) for j in range(n + 1)]
    return terms[-1] / mp.fsum(terms)


def erlang_c(n, A, h, t):
    A = mp.mpf(A)
    h = mp.mpf(h)
    t = mp.mpf(t)
    B = erlang_b(n, A)
    C = n * B / (n - A * (1 - B))
    return {
        "probabilityOfWait": C,
        "serviceLevel": 1 - C * mp.exp(-(n - A) * t / h),
        "averageSpeedOfAnswerSeconds": C * h / (n - A),
        "occupancy": A / n,
    }


def served_within(a, k, u):
    """P(answered within t | k queued ahead) via the regularised incomplete beta."""
    ratio = a / (a + k + 1)
    return ratio * mp.betainc(a + 1, k + 1, u, 1, regularized=True)


def served_within_all(a, count, u):
    """The same probabilities for k = 0..count-1 by the negative-binomial identity
    1 - I_u(a+1, k+1) = P(NB(r = a+1, p = u) > k), summed exactly at high precision: fast
    where the beta function is slow (a in the tens of thousands). Checked against
    `served_within` on the smaller cases."""
    out = []
    pmf = u ** (a + 1)
    cdf = mp.mpf(0)
    for k in range(count):
        cdf += pmf
        out.append(a / (a + k + 1) * (1 - cdf))
        pmf = pmf * (a + k + 1) / (k + 1) * (1 - u)
    return out


def served_within_by_quad(n, mu, theta, k, t):
    rates = [n * mu + i * theta for i in range(k + 1)]

    def density(v):
        total = mp.mpf(0)
        for i, ri in enumerate(rates):
            coef = mp.mpf(1)
            for j, rj in enumerate(rates):
                if j != i:
                    coef *= rj / (rj - ri)
            total += coef * ri * mp.exp(-ri * v)
        return total * mp.exp(-theta * v)

    return mp.quad(density, [0, t])


def erlang_a(n, A, h, t, patience, use_beta=False):
    A = mp.mpf(A)
    h = mp.mpf(h)
    t = mp.mpf(t)
    patience = mp.mpf(patience)
    mu = 1 / h
    theta = 1 / patience
    lam = A * mu
    # Stationary weights relative to pi_n: below n, pi_j/pi_n = n!/(j! A^{n-j}); their sum is
    # e^A Gamma(n+1, A) / A^n. Above n, pi_{n+k}/pi_n = prod_{i<=k} lam/(n mu + i theta).
    below = mp.exp(A + mp.log(mp.gammainc(n + 1, A)) - n * mp.log(A))  # includes pi_n itself
    queue = []
    term = mp.mpf(1)
    k = 0
    peak_passed = False
    largest = term
    while True:
        queue.append(term)
        k += 1
        term = term * lam / (n * mu + k * theta)
        largest = max(largest, term)
        if lam <= n * mu + k * theta:
            peak_passed = True
        if peak_passed and term < largest * NEGLIGIBLE:
            break
    S = mp.fsum(queue)
    total = below + S - 1  # pi_n counted once
    p_wait = S / total
    mean_queue = mp.fsum(i * q for i, q in enumerate(queue)) / total
    p_abandon = theta * mean_queue / lam
    u = mp.exp(-theta * t)
    a = n * mu / theta
    served_fast = mp.fsum(q * w for q, w in zip(queue, served_within_all(a, len(queue), u))) / total
    if use_beta:
        by_beta = mp.fsum(q * served_within(a, i, u) for i, q in enumerate(queue)) / total
        assert abs(by_beta / served_fast - 1) < mp.mpf(10) ** -40, (by_beta, served_fast)
    served_load = A * (1 - p_abandon)
    return {
        "probabilityOfWait": p_wait,
        "probabilityOfAbandon": p_abandon,
        "serviceLevel": (1 - p_wait) + served_fast,
        "averageWaitSeconds": mean_queue / lam,
        "occupancy": served_load / n,
    }


def least_agents_c(A, h, t, sl, max_occ=None):
    n = int(mp.floor(A)) + 1
    while True:
        ok = erlang_c(n, A, h, t)["serviceLevel"] >= sl
        if max_occ is not None and mp.mpf(A) / n > max_occ:
            ok = False
        if ok:
            return n
        n += 1


def least_agents_a(A, h, t, sl, patience, max_abandon=None, start=1):
    n = max(1, start)
    while True:
        r = erlang_a(n, A, h, t, patience)
        ok = r["serviceLevel"] >= sl and (max_abandon is None or r["probabilityOfAbandon"] <= max_abandon)
        if ok:
            # confirm the one below fails, so the scan's start did not skip the answer
            if n > 1:
                below = erlang_a(n - 1, A, h, t, patience)
                assert not (
                    below["serviceLevel"] >= sl
                    and (max_abandon is None or below["probabilityOfAbandon"] <= max_abandon)
                ), "scan started above the answer"
            return n
        n += 1


def as_float(d):
    return {k: float(v) for k, v in d.items()}


def self_checks():
    for n, A in [(5, 2), (17, 10), (30, 0.01), (120, 100)]:
        assert abs(erlang_b(n, A) / erlang_b_sum(n, A) - 1) < mp.mpf(10) ** -40
    n, h, patience, t = 3, mp.mpf(180), mp.mpf(90), mp.mpf(20)
    a = n * (1 / h) / (1 / patience)
    for k in (0, 1, 2):
        beta_form = served_within(a, k, mp.exp(-t / patience))
        quad_form = served_within_by_quad(n, 1 / h, 1 / patience, k, t)
        assert abs(beta_form / quad_form - 1) < mp.mpf(10) ** -30, (k, beta_form, quad_form)
    # Erlang A tends to Erlang C as patience grows without bound.
    c = erlang_c(14, 10, 180, 20)
    a_long = erlang_a(14, 10, 180, 20, mp.mpf(10) ** 6)
    assert abs(a_long["serviceLevel"] / c["serviceLevel"] - 1) < mp.mpf(10) ** -4


def main():
    self_checks()
    b_cases = [
        (0, 1), (1, 0.01), (2, 0.01), (5, 2), (17, 10), (16, 10), (10, 0.5), (1, 1), (60, 10),
        (100, 100), (200, 180), (171, 150), (1000, 1000), (1050, 1000), (900, 1000),
        (20150, 20000), (20000, 20000), (50000, 50000), (50250, 50000), (49800, 50000),
        (40000, 50000), (500, 50000),
    ]
    c_cases = [
        (14, 10, 180, 20), (12, 10, 180, 20), (13, 10, 180, 0), (1, 0.01, 180, 20),
        (3, 2, 360, 60), (2, 0.4, 360, 60), (200, 180, 240, 30), (1040, 1000, 180, 20),
        (1001, 1000, 180, 20), (20120, 20000, 180, 20), (50150, 50000, 180, 20),
        (50400, 50000, 300, 15),
    ]
    a_cases = [
        (14, 10, 180, 20, 120), (12, 10, 180, 20, 120), (5, 10, 180, 20, 120),
        (1, 0.01, 180, 20, 60), (3, 2, 360, 60, 300), (1, 2, 360, 60, 30), (2, 0.4, 360, 60, 3600),
        (160, 150, 300, 20, 180), (1000, 1000, 180, 20, 120), (1020, 1000, 180, 20, 600),
        (950, 1000, 180, 30, 60), (20000, 20000, 180, 20, 120), (20050, 20000, 180, 30, 300),
        (50000, 50000, 180, 20, 120), (50100, 50000, 180, 20, 180),
    ]
    staffing_c = [
        (0.0021, 180, 20, 0.8), (2, 360, 60, 0.8), (10, 180, 20, 0.8), (10, 180, 20, 0.95),
        (100, 240, 30, 0.9), (150, 180, 20, 0.8), (1000, 180, 20, 0.8), (20000, 180, 20, 0.8),
        (50000, 180, 20, 0.8), (50000, 300, 15, 0.9),
    ]
    staffing_c_occupancy = [(10, 180, 20, 0.5, 0.6), (2, 360, 60, 0.8, 0.3)]
    staffing_a = [
        (10, 180, 20, 0.8, 120, None, 8), (10, 180, 20, 0.8, 120, 0.01, 10),
        (2, 360, 60, 0.8, 300, None, 1), (100, 240, 30, 0.9, 180, None, 90),
        (1000, 180, 20, 0.8, 120, None, 850),
    ]
    out = {
        "generatedBy": "scripts/erlang_reference.py (mpmath %s, %d digits)" % (mp.__version__, mp.mp.dps),
        "erlangB": [
            {"agents": n, "trafficErlangs": A, "blocking": float(erlang_b(n, A))} for n, A in b_cases
        ],
        "erlangC": [
            {"agents": n, "trafficErlangs": A, "handleSeconds": h, "targetSeconds": t,
             "expected": as_float(erlang_c(n, A, h, t))}
            for n, A, h, t in c_cases
        ],
        "erlangA": [],
        "staffing": [],
    }
    for n, A, h, t, p in a_cases:
        print("erlang A", n, A, file=sys.stderr)
        out["erlangA"].append({"agents": n, "trafficErlangs": A, "handleSeconds": h, "targetSeconds": t,
                               "patienceSeconds": p,
                               "expected": as_float(erlang_a(n, A, h, t, p, use_beta=A <= 200))})
    for A, h, t, sl in staffing_c:
        out["staffing"].append({"trafficErlangs": A, "handleSeconds": h, "targetSeconds": t,
                                "targetServiceLevel": sl, "agents": least_agents_c(A, h, t, sl)})
    for A, h, t, sl, occ in staffing_c_occupancy:
        out["staffing"].append({"trafficErlangs": A, "handleSeconds": h, "targetSeconds": t,
                                "targetServiceLevel": sl, "maxOccupancy": occ,
                                "agents": least_agents_c(A, h, t, sl, occ)})
    for A, h, t, sl, p, cap, start in staffing_a:
        print("staffing A", A, file=sys.stderr)
        case = {"trafficErlangs": A, "handleSeconds": h, "targetSeconds": t, "targetServiceLevel": sl,
                "patienceSeconds": p, "agents": least_agents_a(A, h, t, sl, p, cap, start)}
        if cap is not None:
            case["maxAbandonRate"] = cap
        out["staffing"].append(case)
    json.dump(out, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
