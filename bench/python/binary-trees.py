"""binary-trees: the Benchmarks Game's allocation benchmark (same as bench/binary-trees.go).
Usage: binary-trees.py [maxDepth]. A node is a tuple (left, right); a leaf is (None, None)."""
import sys


def bottom_up(depth):
    if depth <= 0:
        return (None, None)
    return (bottom_up(depth - 1), bottom_up(depth - 1))


def check(node):
    """Counts the nodes of the tree."""
    left, right = node
    if left is None:
        return 1
    return 1 + check(left) + check(right)


def main(max_depth):
    min_depth = 4
    max_depth = max(max_depth, min_depth + 2)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check(bottom_up(stretch))))
    long_lived = bottom_up(max_depth)
    for depth in range(min_depth, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + min_depth)
        total = 0
        for _ in range(iterations):
            total += check(bottom_up(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, total))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 16)
