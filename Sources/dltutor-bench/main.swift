import TensorEngine

print("{}")
