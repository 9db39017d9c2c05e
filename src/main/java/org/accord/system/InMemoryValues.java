package org.accord.system;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Lets the engine carry an {@link InMemoryValue} as a transient variable. The engine looks for a
 * serializer even for a variable it will never store; Java serialization is off (as it should be),
 * so this one takes such values and writes nothing: a transient variable lives only in the command
 * that set it.
 */
@Component
public class InMemoryValues extends AbstractProcessEnginePlugin {

  /** Hands the value to a step later in this engine command. */
  public static ObjectValue of(InMemoryValue value) {
    return Variables.objectValue(value, true).create();
  }

  /** The value of that kind handed over in this command, if any; a variable a client sent never is one. */
  public static <T extends InMemoryValue> T read(TypedValue variable, Class<T> type) {
    if (variable instanceof ObjectValue object && object.isTransient() && object.isDeserialized()
        && type.isInstance(object.getValue())) {
      return type.cast(object.getValue());
    }
    return null;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
    serializers.add(new Serializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  static final class Serializer extends AbstractTypedValueSerializer<ObjectValue> {

    Serializer() {
      super(ValueType.OBJECT);
    }

    @Override
    public String getName() {
      return "accord-in-memory";
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value instanceof ObjectValue object && object.isTransient() && object.getValue() instanceof InMemoryValue;
    }

    @Override
    public void writeValue(ObjectValue value, ValueFields fields) {
      // Transient: the engine keeps the live value and never flushes this variable.
    }

    @Override
    public ObjectValue readValue(ValueFields fields, boolean deserialize, boolean asTransient) {
      throw new IllegalStateException("An in-memory value is never stored, so it cannot be read back: " + fields.getName());
    }

    @Override
    public ObjectValue convertToTypedValue(UntypedValueImpl untyped) {
      return Variables.objectValue(untyped.getValue(), true).create();
    }
  }
}
