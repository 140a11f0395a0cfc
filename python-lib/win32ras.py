"""win32ras: "A module encapsulating the Windows Remote Access Service (RAS) API." (filled in by the win32ras issue)"""
import pywintypes

error = pywintypes.error
