-- binary-trees: the Benchmarks Game's allocation benchmark (same as bench/binary-trees.go).
-- Usage: binary-trees.lua [maxDepth]. A node is a table {left, right}; a leaf is {}.
local function bottomUp(depth)
  if depth <= 0 then return {} end
  return { bottomUp(depth - 1), bottomUp(depth - 1) }
end

-- check counts the nodes of the tree.
local function check(node)
  if node[1] == nil then return 1 end
  return 1 + check(node[1]) + check(node[2])
end

local minDepth = 4
local maxDepth = tonumber(arg and arg[1]) or 16
if maxDepth < minDepth + 2 then maxDepth = minDepth + 2 end
local stretch = maxDepth + 1
print(string.format("stretch tree of depth %d\t check: %d", stretch, check(bottomUp(stretch))))

local longLived = bottomUp(maxDepth)
for depth = minDepth, maxDepth, 2 do
  local iterations = 2 ^ (maxDepth - depth + minDepth)
  local sum = 0
  for _ = 1, iterations do sum = sum + check(bottomUp(depth)) end
  print(string.format("%d\t trees of depth %d\t check: %d", iterations, depth, sum))
end
print(string.format("long lived tree of depth %d\t check: %d", maxDepth, check(longLived)))
