import { join } from 'node:path'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell } from 'electron'
import {
  APP_ORIGIN,
  IPC_CHANNELS,
  backupNameSchema,
  maalformSchema,
  saveFileRequestSchema,
  writeBackupRequestSchema
} from '../../shared/ipc'
import type { Maalform } from '../../shared/maalform'
import { BACKUP_FOLDER_NAME, listBackups, readBackup, writeBackup } from './backups'
import { handleValidated } from './ipc'
import { buildMenuTemplate } from './menu'
import { mainText } from './mainText'
import { APP_SCHEME_PRIVILEGES, serveAppRequest } from './protocol'
import { saveFile } from './saveFile'
import { guardWebContents, isSafeExternalUrl, lockDownSession, mainWindowOptions } from './security'
import { z } from 'zod'

// A fixed data folder, whatever the package or install folder is called: the user's database
// must be found again after an update.
app.setPath('userData', join(app.getPath('appData'), 'Spleiselag'))
app.enableSandbox()
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])

let mainWindow: BrowserWindow | null = null
let maalform: Maalform = 'nn'

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

function showAbout(): void {
  const detail = mainText(maalform, 'aboutDetail', { version: app.getVersion(), dataFolder: app.getPath('userData') })
  const options = { type: 'info' as const, title: mainText(maalform, 'about'), message: 'Spleiselag', detail }
  if (mainWindow) void dialog.showMessageBox(mainWindow, options)
  else void dialog.showMessageBox(options)
}

function applyMenu(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(maalform, showAbout)))
}

function backupFolder(): string {
  return join(app.getPath('userData'), BACKUP_FOLDER_NAME)
}

function registerIpc(): void {
  const expected = (): Electron.WebContents | null => mainWindow?.webContents ?? null
  handleValidated(ipcMain, IPC_CHANNELS.saveFile, saveFileRequestSchema, expected, (request) =>
    saveFile(request, {
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      documentsFolder: app.getPath('documents'),
      maalform: () => maalform,
      confirmOverwrite: async (options) => {
        const answer = mainWindow ? await dialog.showMessageBox(mainWindow, options) : await dialog.showMessageBox(options)
        return answer.response === 0
      }
    })
  )
  handleValidated(ipcMain, IPC_CHANNELS.appInfo, z.undefined(), expected, () => ({
    name: app.getName(),
    version: app.getVersion(),
    dataFolder: app.getPath('userData'),
    backupFolder: backupFolder(),
    platform: process.platform
  }))
  handleValidated(ipcMain, IPC_CHANNELS.setMaalform, maalformSchema, expected, (value) => {
    maalform = value
    applyMenu()
  })
  handleValidated(ipcMain, IPC_CHANNELS.writeBackup, writeBackupRequestSchema, expected, (request) =>
    writeBackup(request, { folder: backupFolder(), now: () => new Date() })
  )
  handleValidated(ipcMain, IPC_CHANNELS.listBackups, z.undefined(), expected, () => listBackups(backupFolder()))
  handleValidated(ipcMain, IPC_CHANNELS.readBackup, backupNameSchema, expected, (name) => readBackup(name, backupFolder()))
}

function createWindow(): void {
  mainWindow = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), 'Spleiselag', app.isPackaged))
  guardWebContents(mainWindow.webContents, openExternal)
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
  })
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html`)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal))
  void app.whenReady().then(() => {
    lockDownSession(session.defaultSession)
    const rendererRoot = join(__dirname, '../renderer')
    session.defaultSession.protocol.handle('app', (request) => serveAppRequest(rendererRoot, request))
    registerIpc()
    applyMenu()
    createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow()
    })
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
