package nl.taakdiff.ui.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandStackTest {
    private final List<Integer> state = new ArrayList<>();

    private Command add(int value) {
        return new Command() {
            @Override
            public void execute() {
                state.add(value);
            }

            @Override
            public void undo() {
                state.remove(state.size() - 1);
            }

            @Override
            public Description description() {
                return new Description("add", value);
            }
        };
    }

    @Test
    void executeUndoRedoMoveTheStateAndTheRevision() {
        CommandStack stack = new CommandStack();
        assertThat(stack.canUndoProperty().get()).isFalse();
        stack.execute(add(1));
        stack.execute(add(2));
        assertThat(state).containsExactly(1, 2);
        assertThat(stack.revision()).isEqualTo(2);
        assertThat(stack.undo()).isTrue();
        assertThat(state).containsExactly(1);
        assertThat(stack.canRedoProperty().get()).isTrue();
        assertThat(stack.nextRedoProperty().get().description().args()).containsExactly(2);
        assertThat(stack.redo()).isTrue();
        assertThat(state).containsExactly(1, 2);
        assertThat(stack.revision()).isEqualTo(4);
    }

    @Test
    void executingAfterUndoClearsTheRedoHistory() {
        CommandStack stack = new CommandStack();
        stack.execute(add(1));
        stack.undo();
        stack.execute(add(3));
        assertThat(stack.canRedoProperty().get()).isFalse();
        assertThat(stack.redo()).isFalse();
        assertThat(state).containsExactly(3);
    }

    @Test
    void undoOnAnEmptyStackDoesNothing() {
        CommandStack stack = new CommandStack();
        assertThat(stack.undo()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    @Test
    void aFailingCommandIsNotRecorded() {
        CommandStack stack = new CommandStack();
        Command failing = new Command() {
            @Override
            public void execute() {
                throw new IllegalStateException("no");
            }

            @Override
            public void undo() {
            }

            @Override
            public Description description() {
                return new Description("fail");
            }
        };
        assertThatThrownBy(() -> stack.execute(failing)).isInstanceOf(IllegalStateException.class);
        assertThat(stack.canUndoProperty().get()).isFalse();
        assertThat(stack.revision()).isZero();
    }

    @Test
    void theHistoryIsLimited() {
        CommandStack stack = new CommandStack(3);
        for (int i = 0; i < 5; i++) {
            stack.execute(add(i));
        }
        assertThat(stack.undoSize()).isEqualTo(3);
        while (stack.undo()) {
            // unwind
        }
        assertThat(state).containsExactly(0, 1);
    }

    @Test
    void commandsMayNotNest() {
        CommandStack stack = new CommandStack();
        Command nesting = new Command() {
            @Override
            public void execute() {
                stack.execute(add(9));
            }

            @Override
            public void undo() {
            }

            @Override
            public Description description() {
                return new Description("nest");
            }
        };
        assertThatThrownBy(() -> stack.execute(nesting)).isInstanceOf(IllegalStateException.class);
    }
}
