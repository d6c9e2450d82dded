// RUN: norm-opt %s --norm-emit-c-interface | FileCheck %s

// CHECK-LABEL: func.func @public_entry
// CHECK-SAME: attributes {llvm.emit_c_interface}
func.func @public_entry(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}

// Private functions and declarations are left alone.
// CHECK-LABEL: func.func private @helper
// CHECK-NOT: llvm.emit_c_interface
func.func private @helper(%x: tensor<4xf32>) -> tensor<4xf32> {
  return %x : tensor<4xf32>
}
// CHECK: func.func private @external(tensor<4xf32>){{$}}
func.func private @external(tensor<4xf32>)
