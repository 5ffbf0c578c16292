#!/usr/bin/env python3
"""Reference figures for async channels (email, web form, social pages, reviews, forum) in the
engine's scenario tests.

    python3 src/engine/__tests__/support/async-reference.py [case ...]

The cases are named after the specs that quote them (src/engine/data/__tests__/presets/*.spec.ts,
src/engine/recommendation/__tests__/portfolio-seeds.spec.ts); with no argument, all of them.

A seeded simulation of the policy docs/methodology.md ("Async channels") states, written from
that statement alone (nothing of the engine, whose figures are exact expectations worked out
look by look; this counts what happens in many simulated weeks):

  * stretches are runs of covered hours, the week taken as a cycle; someone looks at the start
    of each stretch and every I minutes after it while the stretch lasts;
  * a look shows what arrived since the previous look; it joins the pile behind what is already
    waiting; the pile is answered oldest first;
  * a look that finds nobody at work is a check: each of the c people spends m minutes first;
    a look that finds anyone at work (a reply, or a check, still going) is free;
  * whoever is free starts a reply to the oldest contact in the pile, one person per reply,
    exponential with mean h; nobody starts a reply after the stretch ends (replies under way
    are finished); the pile then waits for the next stretch's first look;
  * response time = arrival to the end of the reply; within target when <= T;
  * contacts arrive as a Poisson stream, V x pattern[hour] in each hour of the week, evenly
    within the hour; with fixed hours short of the work only a share q of them is answered (the
    others never are): the answered stream is the arrivals thinned to q;
  * staff minutes = checks x c x m + replies x h; paid hours = staff minutes / 60 / (1 - s).

Each case runs `WEEKS` weeks after `BURN_IN` weeks from an empty pile, with a fixed seed, and
prints per week: looks, checks, replies, contacts answered within T (and the share of V), the
staff and paid hours, and the standard error of the share within T (from the spread between
batches of weeks). Where the case says so it also settles the volume V that brings back its own
repeats, V = first + r x (late share) x V (late: not answered within the customers' expectation,
or never), and the answered share q = (budget - check minutes) / (V x h) the hours allow, by a
few rounds of those equations.
"""
import heapq
import math
import sys

import numpy as np

MINUTES_PER_WEEK = 168 * 60
WEEKS = 4000
BURN_IN = 20
BATCHES = 20


def profile(days, runs):
    hours = [0.0] * 24
    for lo, hi, w in runs:
        for h in range(lo, hi):
            hours[h] = w
    total = sum(days) * sum(hours)
    return [d * h / total for d in days for h in hours]


PATTERNS = {
    "office-hours": profile(
        [1, 1, 1, 1, 1, 0.15, 0.05],
        [(0, 7, 0.02), (7, 8, 0.1), (8, 9, 0.5), (9, 17, 1), (17, 18, 0.5), (18, 19, 0.25),
         (19, 22, 0.1), (22, 24, 0.03)],
    ),
    "retail-evenings-weekends": profile(
        [0.8, 0.8, 0.85, 0.9, 1.1, 1.5, 1.2],
        [(0, 7, 0.01), (7, 8, 0.05), (8, 9, 0.2), (9, 10, 0.5), (10, 17, 0.8), (17, 21, 1),
         (21, 22, 0.6), (22, 23, 0.3), (23, 24, 0.1)],
    ),
}


def coverage(days, lo, hi):
    return [d in days and lo <= h < hi for d in range(7) for h in range(24)]


EVERY_DAY = range(7)
WEEKDAY_OFFICE = coverage(range(5), 9, 17)
SEVEN_DAY = coverage(EVERY_DAY, 9, 21)


def stretches(cov):
    """(start, end) minutes of each run of covered hours, the week as a cycle (end may pass it)."""
    out = []
    for h in range(168):
        if cov[h] and not cov[(h - 1) % 168]:
            n = 0
            while cov[(h + n) % 168] and n < 168:
                n += 1
            out.append((h * 60, (h + n) * 60))
    return out


def looks_of(cov, interval):
    """Look times in one week with the end of each one's stretch, ascending by time."""
    if all(cov):
        t = np.arange(0, MINUTES_PER_WEEK, interval, dtype=float)
        return t, np.full(len(t), math.inf)
    times, ends = [], []
    for start, end in stretches(cov):
        t = start
        while t < end:
            times.append(t % MINUTES_PER_WEEK)
            # The stretch end, in the same week-relative frame as the look.
            ends.append(end - (t - t % MINUTES_PER_WEEK))
            t += interval
    order = np.argsort(times, kind="stable")
    return np.array(times, dtype=float)[order], np.array(ends, dtype=float)[order]


def simulate(pattern, cov, volume, interval, people, h, m, thresholds, q=1.0, seed=1,
             weeks=WEEKS):
    """Per-week means over `weeks` weeks (after the burn-in); thresholds in minutes."""
    rng = np.random.default_rng(seed)
    total_weeks = BURN_IN + weeks + 2
    rates = np.array(pattern) * volume * q
    counts = rng.poisson(np.tile(rates, total_weeks))
    hour_starts = np.repeat(np.arange(168 * total_weeks) * 60.0, counts)
    arrivals = hour_starts + rng.random(len(hour_starts)) * 60.0
    arrivals.sort()
    replies = rng.exponential(h, len(arrivals))
    ends = np.full(len(arrivals), np.nan)
    week_times, week_ends = looks_of(cov, interval)
    n_week = len(week_times)
    all_times = (np.arange(total_weeks)[:, None] * MINUTES_PER_WEEK + week_times[None, :]).ravel()
    all_ends = (np.arange(total_weeks)[:, None] * MINUTES_PER_WEEK + week_ends[None, :]).ravel()
    seen_upto = np.searchsorted(arrivals, all_times, side="right")
    free = [0.0] * people
    heapq.heapify(free)
    checks = np.zeros(total_weeks)
    served = 0
    n_looks = len(all_times)
    for j in range(n_looks):
        t = all_times[j]
        stretch_end = all_ends[j]
        next_look = all_times[j + 1] if j + 1 < n_looks else math.inf
        if max(free) <= t:
            checks[j // n_week] += 1
            free = [t + m] * people
        boundary = min(next_look, stretch_end)
        upto = seen_upto[j]
        while served < upto:
            start = free[0] if free[0] > t else t
            if start >= boundary:
                break
            end = start + replies[served]
            heapq.heapreplace(free, end)
            ends[served] = end
            served += 1
    week_of = (arrivals // MINUTES_PER_WEEK).astype(int)
    keep = (week_of >= BURN_IN) & (week_of < BURN_IN + weeks)
    response = ends[keep] - arrivals[keep]
    kept_weeks = week_of[keep] - BURN_IN
    out = {
        "looks": n_week,
        "checks": float(checks[BURN_IN:BURN_IN + weeks].mean()),
        "checks_se": float(checks[BURN_IN:BURN_IN + weeks].std(ddof=1)) / math.sqrt(weeks),
        "replies": float(keep.sum()) / weeks,
        "mean": float(np.nanmean(response)) if len(response) else 0.0,
        "within": [],
        "se": [],
    }
    batch = kept_weeks * BATCHES // weeks
    for limit in thresholds:
        ok = np.nan_to_num(response, nan=math.inf) <= limit
        per_batch = np.bincount(batch, weights=ok, minlength=BATCHES) / (weeks / BATCHES)
        out["within"].append(float(ok.sum()) / weeks)
        out["se"].append(float(per_batch.std(ddof=1)) / math.sqrt(BATCHES))
    return out


def run_case(c):
    """A case: a plan at a volume, or the volume its repeats settle at, or the share hours allow."""
    pattern = PATTERNS[c["pattern"]]
    T, E = c["target"], c.get("expectation", c["target"])
    thresholds = [T] if E == T else [T, E]
    V = c.get("volume", c.get("first"))
    q = 1.0
    budget = c.get("budget_minutes")
    rounds = c.get("rounds", 1)
    for _ in range(rounds):
        r = simulate(pattern, c["coverage"], V, c["interval"], c["people"], c["h"], c["m"],
                     thresholds, q=q, weeks=c.get("weeks", WEEKS))
        if "first" in c:
            late = 1 - r["within"][-1] / V
            V = c["first"] / (1 - c["repeat"] * late)
        if budget is not None:
            q = min(1.0, (budget - r["checks"] * c["people"] * c["m"]) / (V * c["h"]))
    r = simulate(pattern, c["coverage"], V, c["interval"], c["people"], c["h"], c["m"],
                 thresholds, q=q, weeks=c.get("weeks", WEEKS))
    # Replies: the expected V x q (the count simulated only adds noise).
    staff = r["checks"] * c["people"] * c["m"] + V * q * c["h"]
    print(f"== {c['name']}: I = {c['interval']} min, c = {c['people']}, V = {V:.3f}, q = {q:.4f}")
    print(f"   looks {r['looks']}, checks {r['checks']:.3f} (se {r['checks_se']:.3f}), "
          f"replies {r['replies']:.3f}, "
          f"mean response {r['mean']:.1f} min")
    for limit, w, se in zip(thresholds, r["within"], r["se"]):
        print(f"   within {limit} min: {w:.3f} a week = {w / V:.4f} of V (se {se / V:.4f})")
    print(f"   staff {staff / 60:.3f} h, paid {staff / 60 / (1 - c['shrinkage']):.3f} h "
          f"(checks {r['checks'] * c['people'] * c['m'] / 60:.3f} h)")
    return {**r, "V": V, "q": q}


def email(**over):
    """Email: 5-minute replies, 3-minute checks, a 4-hour target, 20 % of late ones repeat."""
    base = {"h": 5, "m": 3, "target": 240, "repeat": 0.2}
    base.update(over)
    return base


def social(**over):
    """Facebook, Instagram, X: 5-minute replies, 3-minute checks, an hour, 30 % repeat."""
    base = {"h": 5, "m": 3, "target": 60, "repeat": 0.3}
    base.update(over)
    return base


CABLE = coverage(EVERY_DAY, 8, 22)
RETAIL = "retail-evenings-weekends"


def cable(name, first, interval, people, kind=email):
    return dict(name=f"cable-social: {name}", pattern=RETAIL, coverage=CABLE, first=first,
                interval=interval, people=people, shrinkage=0.3, rounds=3, **kind())


def cable_today():
    """cable-social today: the pages first (their hand-offs, 80 % of what they answer, write
    emails), then email with 813.6 first contacts plus the hand-offs."""
    handed = 0.0
    for name, first in (("Facebook", 300), ("X", 180)):
        r = run_case(cable(f"today, {name}, one person every 45 minutes", first, 45, 1, social))
        handed += 0.8 * r["V"] * r["q"]
    run_case(cable(f"today, email (813.6 + {handed:.3f} hand-offs), two people every 2 hours",
                   813.6 + handed, 120, 2))


CASES = {
    # presets/cable-social.spec.ts: email alone, 2 788.2 first contacts: the engine's plan,
    # then one person fewer and one interval longer (the ladder's next step, 4 hours, is the
    # longest a 4-hour target allows).
    "cable-social email alone": lambda: run_case(
        cable("email alone, 5 people every 3 hours", 2788.2, 180, 5)),
    "cable-social email alone, 4 people": lambda: run_case(
        cable("email alone, 4 people every 3 hours", 2788.2, 180, 4)),
    "cable-social email alone, every 4 hours": lambda: run_case(
        cable("email alone, 5 people every 4 hours", 2788.2, 240, 5)),
    # The other plans whose checks cost less than the engine's (the fewest people that can do
    # the replies at all is 3): six people every 4 hours, three every 2 hours, 90, 60 and 45
    # minutes.
    "cable-social email alone, 6 people every 4 hours": lambda: run_case(
        cable("email alone, 6 people every 4 hours", 2788.2, 240, 6)),
    "cable-social email alone, 3 people every 2 hours": lambda: run_case(
        cable("email alone, 3 people every 2 hours", 2788.2, 120, 3)),
    "cable-social email alone, 3 people every 90 min": lambda: run_case(
        cable("email alone, 3 people every 90 minutes", 2788.2, 90, 3)),
    "cable-social email alone, 3 people every hour": lambda: run_case(
        cable("email alone, 3 people every hour", 2788.2, 60, 3)),
    "cable-social email alone, 3 people every 45 min": lambda: run_case(
        cable("email alone, 3 people every 45 minutes", 2788.2, 45, 3)),
    # presets/cable-social.spec.ts: email in phone + email, 1 269.6 first contacts; and today.
    "cable-social phone + email: email": lambda: run_case(
        cable("email in phone + email, 2 people every 2 hours", 1269.6, 120, 2)),
    "cable-social today": cable_today,
    # presets/cable-social.spec.ts: a page looked at every hour (not every 45 minutes).
    "cable-social today, Facebook hourly": lambda: run_case(
        cable("today, Facebook, one person every hour", 300, 60, 1, social)),
    # presets/grocery-facebook.spec.ts: email alone, 137.625 first contacts, every day 9-21:
    # every hour, and every hour and a half.
    "grocery email alone, hourly": lambda: run_case(dict(
        name="grocery: email alone, looked at every hour", pattern=RETAIL, coverage=SEVEN_DAY,
        first=137.625, interval=60, people=1, shrinkage=0.25, rounds=3, **email())),
    "grocery email alone, every 90 min": lambda: run_case(dict(
        name="grocery: email alone, looked at every 90 minutes", pattern=RETAIL,
        coverage=SEVEN_DAY, first=137.625, interval=90, people=1, shrinkage=0.25, rounds=3,
        **email())),
    # portfolio-seeds.spec.ts, "a grocery store …": email alone, 138 first contacts, the same
    # week as the grocery preset; 20 paid hours at 20 % shrinkage.
    "seed grocery email alone, hourly": lambda: run_case(dict(
        name="seed grocery: email alone, looked at every hour", pattern=RETAIL,
        coverage=SEVEN_DAY, first=138, interval=60, people=1, shrinkage=0.2, rounds=3,
        **email())),
    "seed grocery email alone, every 90 min": lambda: run_case(dict(
        name="seed grocery: email alone, looked at every 90 minutes", pattern=RETAIL,
        coverage=SEVEN_DAY, first=138, interval=90, people=1, shrinkage=0.2, rounds=3,
        **email())),
    # portfolio-seeds.spec.ts, "six channels with 20 hours": email alone, 186 first contacts,
    # 15 hours of staff time (20 paid at 25 % shrinkage): the share q the hours allow, looked at
    # every 90 minutes, and once a day.
    "seed six email alone, every 90 min": lambda: run_case(dict(
        name="seed six: email alone in 20 paid hours, looked at every 90 minutes",
        pattern="office-hours", coverage=WEEKDAY_OFFICE, first=186, interval=90, people=1,
        shrinkage=0.25, budget_minutes=900, rounds=4, **email())),
    "seed six email alone, daily": lambda: run_case(dict(
        name="seed six: email alone in 20 paid hours, looked at once a day",
        pattern="office-hours", coverage=WEEKDAY_OFFICE, first=186, interval=480, people=1,
        shrinkage=0.25, budget_minutes=900, rounds=4, **email())),
}


if __name__ == "__main__":
    names = sys.argv[1:] or list(CASES)
    for name in names:
        CASES[name]()
