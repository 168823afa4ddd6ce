-- loops: nested integer loops (same as bench/loops.go). Usage: loops.lua [n]
local n = tonumber(arg and arg[1]) or 3000
local sum = 0
for i = 0, n - 1 do
  for j = 0, n - 1 do
    sum = sum + (i * j) % 7 + (i + j) % 5
  end
  sum = sum % 1000000007
end
print(string.format("%d", sum))
