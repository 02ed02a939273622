import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react'
import { Component, type ReactNode } from 'react'
import { withTranslation, type WithTranslation } from 'react-i18next'

interface State {
  failed: boolean
}

class Boundary extends Component<WithTranslation & { children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown): void {
    console.error(error)
  }

  override render(): ReactNode {
    const { t } = this.props
    if (!this.state.failed) return this.props.children
    return (
      <Alert data-color="danger">
        <Heading level={2} data-size="xs">
          {t('errorTitle')}
        </Heading>
        <Paragraph>{t('errorBody')}</Paragraph>
        <Button onClick={() => window.location.reload()}>{t('reload')}</Button>
      </Alert>
    )
  }
}

/** Catches a render error in one area so the rest of the app, and the user's data, stay. */
export const ErrorBoundary = withTranslation('frame')(Boundary)
