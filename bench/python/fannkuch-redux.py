"""fannkuch-redux: the Benchmarks Game's pancake flips (same as bench/fannkuch-redux.go,
same permutation order, so the same checksum). Usage: fannkuch-redux.py [n]"""
import sys


def fannkuch(n):
    perm = [0] * n
    perm1 = list(range(n))
    count = [0] * n
    checksum = max_flips = perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm[:] = perm1
        flips = 0
        k = perm[0]
        while k != 0:
            i, j = 0, k
            while i < j:
                perm[i], perm[j] = perm[j], perm[i]
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # Next permutation: rotate the first r+1 elements until a counter is left.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
checksum, max_flips = fannkuch(n)
print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))
