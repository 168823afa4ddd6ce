-- hello: start-up time — the smallest program.
print("hello, world")
