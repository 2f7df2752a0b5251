package nl.taakdiff.store;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every message a {@link WorkbookException} can carry: its {@link WorkbookException.Reason} and its
 * English text as a {@link MessageFormat} pattern. The exception keeps the code and the arguments,
 * so a user interface in another language can say the same in its own words; the command line
 * prints the English text.
 */
public enum WorkbookProblem {
    FILE_EXISTS(WorkbookException.Reason.FILE_EXISTS,
            "There is already a file {0}; choose another name or open it instead."),
    NEW_WORKBOOK_EXISTS(WorkbookException.Reason.FILE_EXISTS,
            "There is already a file {0}; choose another name for the new workbook."),
    DUPLICATE_SCENARIO_NAMES(WorkbookException.Reason.NAME_TAKEN,
            "Two scenarios have the same name; scenario names must be unique."),
    CANNOT_CREATE(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot create the workbook {0}: {1}"),
    CANNOT_WRITE_NEW(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot write the new workbook {0}: {1}"),
    NO_WORKBOOK(WorkbookException.Reason.FILE_NOT_FOUND, "There is no workbook {0}."),
    IS_A_FOLDER(WorkbookException.Reason.NOT_A_WORKBOOK, "{0} is a folder, not a Taakdiff workbook."),
    CANNOT_READ(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot read {0}: {1}"),
    NO_FOLDER(WorkbookException.Reason.FOLDER_NOT_FOUND,
            "The folder {0} does not exist; create it first or choose another place for the workbook."),
    EMPTY_FILE(WorkbookException.Reason.NOT_A_WORKBOOK, "{0} is empty; it is not a Taakdiff workbook."),
    NOT_SQLITE(WorkbookException.Reason.NOT_A_WORKBOOK,
            "{0} is not a Taakdiff workbook (it is not a SQLite database file)."),
    CUT_SHORT(WorkbookException.Reason.DAMAGED, "{0} is damaged: the file is cut short. Restore it from a backup."),
    OTHER_PROGRAM(WorkbookException.Reason.NOT_A_WORKBOOK,
            "{0} is a SQLite database of another program, not a Taakdiff workbook."),
    NEWER_FORMAT(WorkbookException.Reason.NEWER_VERSION,
            "{0} was written by a newer version of Taakdiff (workbook format {1}; this version reads up to"
                    + " format {2}). Update Taakdiff to open it; the file has not been changed."),
    SQLITE_REPORTS_DAMAGE(WorkbookException.Reason.DAMAGED,
            "{0} is damaged (SQLite reports: {1}). Restore it from a backup."),
    DAMAGED_ON_OPEN(WorkbookException.Reason.DAMAGED, "{0} is damaged ({1}). Restore it from a backup."),
    UPGRADE_NEEDS_WRITING(WorkbookException.Reason.READ_ONLY,
            "{0} was written by an older version of Taakdiff and must be upgraded, but it can only be"
                    + " opened read-only here. Open it where it can be changed, or copy it first."),
    MISSING_TABLES(WorkbookException.Reason.NOT_A_WORKBOOK,
            "{0} is marked as a Taakdiff workbook but lacks its tables; it is not a usable workbook."),
    BUSY(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "{0} is busy in another program; try again in a moment."),
    CANNOT_OPEN(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot open {0}: {1}"),
    CANNOT_CLOSE(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot close {0} cleanly: {1}"),
    NO_SUCH_VERSION(WorkbookException.Reason.NO_SUCH_VERSION, "Scenario {0} has no version {1}."),
    CHANGE_BY_NEWER_VERSION(WorkbookException.Reason.NEWER_VERSION,
            "The latest change in {0} ({1}) was made by a newer version of Taakdiff; undo it there."),
    SCENARIO_OF_CHANGE_DELETED(WorkbookException.Reason.NO_SUCH_SCENARIO,
            "The scenario this change belongs to has been deleted; bring it back first."),
    NO_DELETED_SCENARIO(WorkbookException.Reason.NO_SUCH_SCENARIO, "There is no deleted scenario to bring back."),
    SCENARIO_NEEDS_NAME(WorkbookException.Reason.INVALID_NAME, "A scenario needs a name."),
    SCENARIO_NAME_CONTROL(WorkbookException.Reason.INVALID_NAME,
            "A scenario name cannot contain control characters; this one has {0}."),
    SCENARIO_NAME_TAKEN(WorkbookException.Reason.NAME_TAKEN,
            "There is already a scenario named {0}; choose another name."),
    NO_SUCH_SCENARIO(WorkbookException.Reason.NO_SUCH_SCENARIO, "There is no scenario named {0} in {1}."),
    NAME_USED(WorkbookException.Reason.NAME_TAKEN, "Cannot {0}: the name is already used by another scenario."),
    WRITE_PROTECTED(WorkbookException.Reason.READ_ONLY, "Cannot {0}: {1} cannot be written to."),
    DAMAGED_WHILE(WorkbookException.Reason.DAMAGED, "Cannot {0}: {1} is damaged. Restore it from a backup."),
    DISK_FULL(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
            "Cannot {0}: the disk is full. Nothing was saved; the workbook is as it was. Free some space and try again."),
    FAILED_WHILE(WorkbookException.Reason.CANNOT_READ_OR_WRITE, "Cannot {0} in {1}: {2}"),
    STORED_STATE_DAMAGED(WorkbookException.Reason.DAMAGED, "{0} is damaged: {1}. Restore it from a backup."),
    OPEN_READ_ONLY(WorkbookException.Reason.READ_ONLY, "{0} is open read-only because {1}. Nothing was changed."),
    ONLY_READ_ONLY(WorkbookException.Reason.READ_ONLY,
            "{0} can only be opened read-only because {1}; nothing was changed."),
    CATALOGUE_INVALID(WorkbookException.Reason.INVALID_DATA, "The task catalogue cannot be saved: {0}"),
    CATALOGUE_MISSING(WorkbookException.Reason.DAMAGED, "{0} is damaged: task catalogue {1} is missing."),
    NO_DELETED_WEIGHT_SET(WorkbookException.Reason.NO_SUCH_WEIGHT_SET, "There is no deleted weight set to put back."),
    NO_SUCH_WEIGHT_SET(WorkbookException.Reason.NO_SUCH_WEIGHT_SET, "There is no weight set named ''{0}''{1}."),
    WEIGHT_SET_NAME_TAKEN(WorkbookException.Reason.NAME_TAKEN,
            "There is already a weight set named ''{0}''; choose another name."),
    WEIGHT_SET_NEEDS_NAME(WorkbookException.Reason.INVALID_NAME, "A weight set needs a name."),
    WEIGHT_SET_NAME_CONTROL(WorkbookException.Reason.INVALID_NAME,
            "A weight set name cannot contain control characters; this one has {0}."),
    CANNOT_CREATE_DEFAULT_FOLDER(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
            "Cannot create the folder {0} for the default workbook: {1}"),
    BUNDLED_DATA_UNREADABLE(WorkbookException.Reason.CANNOT_READ_OR_WRITE,
            "The data shipped with Taakdiff cannot be read: {0}");

    private final WorkbookException.Reason reason;
    private final String english;

    WorkbookProblem(WorkbookException.Reason reason, String english) {
        this.reason = reason;
        this.english = english;
    }

    public WorkbookException.Reason reason() {
        return reason;
    }

    /** The key a translation of this problem is found under, e.g. {@code no-such-version}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The English message with the arguments filled in. */
    public String english(Object... arguments) {
        return new MessageFormat(english, Locale.ROOT).format(arguments);
    }
}
