-- spectral-norm: the Benchmarks Game's spectral norm (same as bench/spectral-norm.go).
-- Usage: spectral-norm.lua [n]. Indices are 0-based in the formula, like Go's.

-- a is the (i, j) entry of the matrix: 1 / ((i+j)(i+j+1)/2 + i + 1), for 0-based i, j.
local function a(i, j)
  local ij = i + j
  return 1.0 / (ij * (ij + 1) / 2 + i + 1)
end

local function multiplyAv(n, v, av)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + a(i, j) * v[j + 1] end
    av[i + 1] = sum
  end
end

local function multiplyAtv(n, v, atv)
  for i = 0, n - 1 do
    local sum = 0.0
    for j = 0, n - 1 do sum = sum + a(j, i) * v[j + 1] end
    atv[i + 1] = sum
  end
end

local function multiplyAtAv(n, v, out, tmp)
  multiplyAv(n, v, tmp)
  multiplyAtv(n, tmp, out)
end

local n = tonumber(arg and arg[1]) or 300
local u, v, tmp = {}, {}, {}
for i = 1, n do u[i], v[i], tmp[i] = 1.0, 0.0, 0.0 end
for _ = 1, 10 do
  multiplyAtAv(n, u, v, tmp)
  multiplyAtAv(n, v, u, tmp)
end
local vBv, vv = 0.0, 0.0
for i = 1, n do
  vBv = vBv + u[i] * v[i]
  vv = vv + v[i] * v[i]
end
print(string.format("%.9f", math.sqrt(vBv / vv)))
