// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/casebook.h"
#include "storage/session.h"

#include <QWidget>
#include <optional>

class QDialog;
class QLabel;
class QPushButton;
class QTableView;

namespace trialcrf {

struct AdverseEvent;
class AdverseEventList;
class CrfForm;
class FormHost;
class SignatureStore;
class StudyStore;
class VisitTimelineModel;

/// One subject's casebook: the visit timeline (target date, window, done / due today /
/// overdue / out of window, in colour and in words), the adverse events, and the subject-level
/// pages. A page opens in the pane itself (FormHost); Esc returns to the overview.
class DeviationTableModel;

class CasebookView : public QWidget {
    Q_OBJECT
public:
    enum class Page { Subject, Consent, Eligibility, Infusion, Pasi, AdverseEvent };

    CasebookView(StudyStore &store, QWidget *parent = nullptr);
    /// The open page goes before the view's members do: its signals no longer reach them.
    ~CasebookView() override;

    void setSession(const Session &session);
    /// Where the header reads the casebook's signed state from (none: not shown).
    void setSignatureStore(const SignatureStore *signatures);
    /// A signature was added: the header's signed state and the subject's list row change.
    void signaturesChanged();
    /// Loads and shows a subject (0: none). Asks first when an open page has unsaved data;
    /// false when the user chose to stay (nothing changed then).
    bool showSubject(qint64 subjectId);
    qint64 subjectId() const;
    const std::optional<Casebook> &casebook() const { return m_casebook; }
    /// While an open page has unsaved changes that a view follows live (a PASI page): the
    /// casebook as typed, and the visit being typed. nullopt / empty otherwise.
    const std::optional<Casebook> &draft() const { return m_draft; }
    QString draftVisit() const { return m_draftVisit; }
    /// Re-reads the shown casebook (after a save).
    void reload();

    /// Opens a page of the shown subject in the pane. `visit` for infusion and PASI pages;
    /// `aeNumber` for an adverse event (0: a new one). False when nothing could be opened
    /// (no subject, or the open page may not be closed).
    bool openPage(Page page, const QString &visit = {}, int aeNumber = 0);
    bool hasOpenPage() const;
    bool isPageDirty() const;
    CrfForm *openForm() const;
    /// Ctrl+S: saves the open page. Esc: closes it (asking when unsaved).
    bool savePage();
    bool closePage();
    /// Moves the keyboard to the timeline, on the visit that comes next.
    void focusTimeline();
    /// The code of the visit chosen in the timeline (empty when none).
    QString selectedVisit() const;

    /// Modest, so the subject list beside it gets the width its columns need; the casebook
    /// takes whatever the window has left.
    QSize sizeHint() const override;

    VisitTimelineModel *timeline() const { return m_timeline; }
    QTableView *timelineView() const { return m_timelineView; }
    AdverseEventList *adverseEvents() const { return m_adverseEvents; }
    /// The subject's protocol deviations (Enter opens the page that shows one).
    QTableView *deviationsView() const { return m_deviationsView; }
    /// The subject's code, then initials, status and week-0 date.
    QString headerText() const;
    /// "Signed: approved on … by …", "Changed since signed …", "Not signed"; empty without a
    /// signature store.
    QString signedText() const;
    /// The saved pages that are incomplete, with what they miss, in words; empty when none.
    QString incompleteText() const;
    /// What needs attention at the infusion chair now (a vital-sign set overdue on the open
    /// infusion page, or on any other running infusion of the study), shown above the
    /// casebook; empty when nothing does.
    QString alertText() const;
    /// Looks again at the study's running infusions (done every half minute and after each
    /// load): a set overdue away from its page shows in alertText().
    void watchChair();

Q_SIGNALS:
    /// A page of this subject was saved: the subject list may need to refresh its row.
    void subjectSaved(qint64 subjectId);
    void pageOpenChanged(bool open);
    /// The shown casebook was (re)loaded or cleared: after a subject change, a save, a refresh.
    void casebookLoaded();
    /// draft() changed: typed on the open page, or back to saved data (saved, discarded).
    void draftChanged();
    /// alertText() changed.
    void alertChanged(const QString &text);
    /// An adverse-event draft opened from the infusion page (its dialog, not yet shown).
    void reactionDraftOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildOverview();
    void retranslate();
    /// Shows one of the placeholder, the overview and the page host; hides the others.
    void showPage(QWidget *page);
    void showCasebook();
    void fillHeader();
    void fillSignedState();
    void fillIncomplete();
    void fitTimelineColumns();
    void updateVisitButtons();
    void openSelectedVisit();
    void updateDraft();
    CrfForm *createForm(Page page);
    // At the infusion chair (casebookchair.cpp).
    QLabel *createAlert();
    void connectChair(CrfForm *form);
    void setAlert(const QString &text);
    void showAlert();
    void openReactionDraft(const AdverseEvent &draft);

    StudyStore &m_store;
    Session m_session;
    std::optional<Casebook> m_casebook;
    std::optional<Casebook> m_draft;
    QString m_draftVisit;

    QWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QWidget *m_overview = nullptr;
    FormHost *m_host = nullptr;

    QLabel *m_code = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_signed = nullptr;
    QLabel *m_incomplete = nullptr;
    const SignatureStore *m_signatures = nullptr;
    QPushButton *m_subjectButton = nullptr;
    QPushButton *m_consentButton = nullptr;
    QPushButton *m_eligibilityButton = nullptr;
    QLabel *m_timelineLabel = nullptr;
    VisitTimelineModel *m_timeline = nullptr;
    QTableView *m_timelineView = nullptr;
    QPushButton *m_infusionButton = nullptr;
    QPushButton *m_pasiButton = nullptr;
    QLabel *m_aeLabel = nullptr;
    AdverseEventList *m_adverseEvents = nullptr;
    QLabel *m_deviationsLabel = nullptr;
    DeviationTableModel *m_deviations = nullptr;  ///< the subject's deviation log
    QTableView *m_deviationsView = nullptr;
    QLabel *m_alert = nullptr;  ///< a vital-sign set overdue at the chair
    QString m_pageAlert;        ///< the open infusion page's overdue sets
    QString m_otherAlerts;      ///< those of the other running infusions
    qint64 m_chairSubject = 0;  ///< the open infusion page's subject and visit
    QString m_chairVisit;
};

}  // namespace trialcrf
