print("doithoai-bench")
