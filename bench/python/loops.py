"""loops: nested integer loops (same as bench/loops.go). Usage: loops.py [n]"""
import sys


def main(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += (i * j) % 7 + (i + j) % 5
        total = total % 1000000007
    print(total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
