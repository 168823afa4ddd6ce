"""spectral-norm: the Benchmarks Game's spectral norm (same as bench/spectral-norm.go).
Usage: spectral-norm.py [n]"""
import math
import sys


def a(i, j):
    """The (i, j) entry of the matrix: 1 / ((i+j)(i+j+1)/2 + i + 1)."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(v, av):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        av[i] = s


def multiply_atv(v, atv):
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        atv[i] = s


def multiply_atav(v, out, tmp):
    multiply_av(v, tmp)
    multiply_atv(tmp, out)


def main(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        multiply_atav(u, v, tmp)
        multiply_atav(v, u, tmp)
    vbv = vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    print("%.9f" % math.sqrt(vbv / vv))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
