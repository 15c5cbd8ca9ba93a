# Runs a command and prints its wall time (s) and the peak RSS (KiB) of its largest process on stderr's
# last line as JSON: getrusage(RUSAGE_CHILDREN) is the portable way to read a child's peak memory.
import json, resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL if not __import__("os").environ.get("RSS_SHOW") else None).returncode
wall = time.perf_counter() - start
print(json.dumps({"code": code, "wall": wall, "maxrss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
