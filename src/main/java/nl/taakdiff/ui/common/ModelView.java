package nl.taakdiff.ui.common;

import java.util.Objects;

/**
 * A {@link View} of one view model in the window's language: keeps the model, the messages and
 * their number formats for the subclass, which calls {@link #init()} at the end of its constructor
 * (after its own fields are set).
 */
public abstract class ModelView<M> extends View {
    protected final M model;
    protected final Messages messages;
    protected final Formats formats;

    protected ModelView(M model, Messages messages) {
        this.model = Objects.requireNonNull(model, "model");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.formats = messages.formats();
    }
}
